package dev.responder.console.status;

import java.time.Instant;
import java.util.List;

/**
 * The whole status page at one moment: each component's row, the overall state (the worst row) and
 * the incidents of the last days, newest first.
 *
 * @param updatedAt the latest change among the incidents shown, or {@code at} when there is none
 */
public record StatusReport(
    Instant at,
    Instant updatedAt,
    ComponentState overall,
    List<ComponentStatus> components,
    List<PublicIncident> recent) {

  public StatusReport {
    components = List.copyOf(components);
    recent = List.copyOf(recent);
  }

  /** The open incidents, newest first. */
  public List<PublicIncident> current() {
    return recent.stream().filter(PublicIncident::open).toList();
  }

  /** A sentence for the page's banner. */
  public String headline() {
    return switch (overall) {
      case OPERATIONAL -> "All systems operational";
      case DEGRADED -> "Some systems are degraded";
      case OUTAGE -> "Major outage";
    };
  }
}
