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

  /** Silenced or inhibited: not acted on, so a later copy of the alert is a new arrival. */
  public boolean suppressed() {
    return disposition == Disposition.SILENCED || disposition == Disposition.INHIBITED;
  }

  static AlertDecision nothingChanged(Disposition disposition, String detail) {
    return new AlertDecision(disposition, detail, List.of());
  }
}
