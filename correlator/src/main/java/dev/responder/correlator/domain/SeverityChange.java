package dev.responder.correlator.domain;

import dev.responder.correlator.domain.SeverityAssessor.Assessment;
import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEventType;
import java.time.Instant;
import java.util.function.Function;

/**
 * Brings an incident's severity in line with its assessment after anything that may change it (an
 * alert joined or resolved, a check reported): records SEVERITY_CHANGED, moves an unacknowledged
 * response deadline, and lets a new P1 suppress its scope.
 */
final class SeverityChange {

  private final ResponsePolicy policy;
  private final SeverityAssessor assessor;
  private final Inhibition inhibition;

  SeverityChange(ResponsePolicy policy, SeverityAssessor assessor, Inhibition inhibition) {
    this.policy = policy;
    this.assessor = assessor;
    this.inhibition = inhibition;
  }

  /**
   * @param causeOf the cause of the change, given the explanation of the new severity
   */
  void applyIfChanged(
      Incident incident, Function<String, Cause> causeOf, Instant at, Journal journal) {
    Incident.Builder next = Incident.newBuilder(incident);
    Assessment assessed = assessor.assess(next);
    if (assessed.severity() == incident.getSeverity()) {
      return;
    }
    next.setSeverity(assessed.severity());
    if (incident.getAcknowledgedAt() == null) {
      next.setResponseDueAt(policy.responseDue(assessed.severity(), incident.getDetectedAt()));
    }
    Incident changed =
        journal.record(
            next,
            IncidentEventType.SEVERITY_CHANGED,
            causeOf.apply(assessed.reason()),
            at,
            incident.getSeverity(),
            null);
    inhibition.suppressOthersIfP1(changed, causeOf, at, journal);
  }
}
