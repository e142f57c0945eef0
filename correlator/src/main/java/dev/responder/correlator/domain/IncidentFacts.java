package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentStatus;

/** Questions the lifecycle asks of an incident's header. */
final class IncidentFacts {

  private IncidentFacts() {}

  /** Open, acknowledged or suppressed: not yet resolved. */
  static boolean isLive(Incident incident) {
    return incident.getStatus() != IncidentStatus.RESOLVED;
  }

  /** Open or acknowledged: such an incident can be an inhibit rule's source or target. */
  static boolean isActive(Incident incident) {
    return incident.getStatus() == IncidentStatus.OPEN
        || incident.getStatus() == IncidentStatus.ACKNOWLEDGED;
  }
}
