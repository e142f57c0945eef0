package dev.responder.console.status;

import java.util.List;

/** One row of the status page: a component, its state, and the open incidents that put it there. */
public record ComponentStatus(String name, ComponentState state, List<PublicIncident> current) {

  public ComponentStatus {
    current = List.copyOf(current);
  }
}
