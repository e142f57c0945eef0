package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.Severity;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Alertmanager-style inhibition by scope (namespace + service): while a P1 incident is open or
 * acknowledged there, alerts implying a lower severity neither open nor join other incidents, and
 * the scope's other lower-severity incidents are suppressed. An incident never inhibits its own
 * alerts.
 */
final class Inhibition {

  private final IncidentRepository incidents;

  Inhibition(IncidentRepository incidents) {
    this.incidents = incidents;
  }

  /** The P1 incident that inhibits this alert, if one does. */
  Optional<Incident> inhibitorOf(Classification classification, Optional<Incident> own) {
    if (classification.severity() == Severity.P1) {
      return Optional.empty();
    }
    String ownId = own.map(Incident::getIncidentId).orElse("");
    return incidents.findByScope(classification.scope()).stream()
        .filter(incident -> incident.getSeverity() == Severity.P1)
        .filter(IncidentFacts::isActive)
        .filter(incident -> !incident.getIncidentId().equals(ownId))
        .findFirst();
  }

  /** When this incident is an active P1, suppresses the lower incidents of its scope. */
  void suppressOthersIfP1(Incident incident, Alert cause, Journal journal) {
    suppressOthersIfP1(
        incident, detail -> Causes.alert(cause, detail), cause.getReceivedAt(), journal);
  }

  /**
   * @param causeOf the cause, given the explanation "inhibited by P1 incident ..."
   */
  void suppressOthersIfP1(
      Incident incident, Function<String, Cause> causeOf, Instant at, Journal journal) {
    if (incident.getSeverity() != Severity.P1 || !IncidentFacts.isActive(incident)) {
      return;
    }
    Cause cause = causeOf.apply("inhibited by P1 incident " + incident.getIncidentId());
    incidents.findByScope(IncidentFacts.scope(incident)).stream()
        .filter(other -> !other.getIncidentId().equals(incident.getIncidentId()))
        .filter(other -> other.getSeverity() != Severity.P1)
        .filter(IncidentFacts::isActive)
        .forEach(
            other ->
                journal.record(
                    Incident.newBuilder(other).setStatus(IncidentStatus.SUPPRESSED),
                    IncidentEventType.SUPPRESSED,
                    cause,
                    at));
  }
}
