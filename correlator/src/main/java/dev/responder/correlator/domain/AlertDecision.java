package dev.responder.correlator.domain;

import dev.responder.schemas.avro.IncidentEvent;
import java.util.List;

/**
 * What the correlator decided for one alert: its disposition, a person-readable reason, and the
 * lifecycle events the decision caused (none for a duplicate, silenced or inhibited alert).
 */
public record AlertDecision(Disposition disposition, String detail, List<IncidentEvent> events) {

  public AlertDecision {
    events = List.copyOf(events);
  }

  static AlertDecision nothingChanged(Disposition disposition, String detail) {
    return new AlertDecision(disposition, detail, List.of());
  }
}
