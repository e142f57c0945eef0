package dev.responder.correlator.domain;

import dev.responder.correlator.domain.SeverityAssessor.Assessment;
import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.Severity;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Brings an incident's severity in line with what its firing members imply (the header's counts)
 * after anything that may change it (an alert joined or resolved, a check reported): records
 * SEVERITY_CHANGED, moves an unacknowledged response deadline, and lets a new source of an inhibit
 * rule suppress its targets.
 */
final class SeverityChange {

  private final ResponsePolicy policy;
  private final Inhibition inhibition;

  SeverityChange(ResponsePolicy policy, Inhibition inhibition) {
    this.policy = policy;
    this.inhibition = inhibition;
  }

  /**
   * @param why the assessment that may explain the new severity (the member that just joined, or
   *     the most severe one a check re-decided); used when it names the new severity
   * @param causeOf the cause of the change, given the explanation of the new severity
   */
  void applyIfChanged(
      Incident incident,
      Optional<Assessment> why,
      Function<String, Cause> causeOf,
      Instant at,
      Journal journal) {
    Incident.Builder next = Incident.newBuilder(incident);
    Severity implied = SeverityAssessor.implied(next).severity();
    if (implied == incident.getSeverity()) {
      return;
    }
    String reason =
        why.filter(assessment -> assessment.severity() == implied)
            .map(Assessment::reason)
            .orElseGet(() -> SeverityAssessor.implied(next).reason());
    next.setSeverity(implied);
    if (incident.getAcknowledgedAt() == null) {
      next.setResponseDueAt(policy.responseDue(implied, incident.getDetectedAt()));
    }
    Incident changed =
        journal.record(
            next,
            IncidentEventType.SEVERITY_CHANGED,
            causeOf.apply(reason),
            at,
            incident.getSeverity(),
            null);
    inhibition.suppressOthersIfSource(changed, causeOf, at, journal);
  }
}
