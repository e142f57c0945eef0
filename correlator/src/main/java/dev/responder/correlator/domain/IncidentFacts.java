package dev.responder.correlator.domain;

import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.IncidentStatus;
import java.util.List;
import java.util.Optional;

/** Questions the lifecycle asks of an incident's state. */
final class IncidentFacts {

  private IncidentFacts() {}

  /** Open, acknowledged or suppressed: not yet resolved. */
  static boolean isLive(Incident incident) {
    return incident.getStatus() != IncidentStatus.RESOLVED;
  }

  /** Open or acknowledged: a P1 in this state inhibits its scope. */
  static boolean isActive(Incident incident) {
    return incident.getStatus() == IncidentStatus.OPEN
        || incident.getStatus() == IncidentStatus.ACKNOWLEDGED;
  }

  static Scope scope(Incident incident) {
    return new Scope(incident.getNamespace(), incident.getService());
  }

  static Optional<IncidentAlert> member(Incident incident, String fingerprint) {
    return incident.getAlerts().stream()
        .filter(alert -> alert.getFingerprint().equals(fingerprint))
        .findFirst();
  }

  static boolean anyFiring(List<IncidentAlert> alerts) {
    return !firing(alerts).isEmpty();
  }

  /** The alerts still firing. */
  static List<IncidentAlert> firing(List<IncidentAlert> alerts) {
    return alerts.stream().filter(alert -> alert.getStatus() == AlertStatus.FIRING).toList();
  }
}
