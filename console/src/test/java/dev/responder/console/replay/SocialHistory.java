package dev.responder.console.replay;

import dev.responder.console.projection.LogPosition;
import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.CauseKind;
import dev.responder.schemas.avro.Evidence;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A recorded social-publishing incident as the demo leaves it, for replay specifications: its
 * events and its outcomes, built step by step under the ids the live run gave them.
 */
final class SocialHistory {

  static final Instant T0 = Instant.parse("2026-12-03T16:06:00Z");
  static final String FINGERPRINT = "fp-social";
  static final String RUNBOOK = "social-publishing-failed";

  final List<Recorded<RemediationOutcome>> outcomes = new ArrayList<>();
  private long offset;

  /** An incident event of {@code incidentId}, revision {@code revision}, caused by the alert. */
  static IncidentEvent event(String incidentId, long revision, IncidentEventType type, Instant at) {
    Incident incident =
        Incident.newBuilder()
            .setIncidentId(incidentId)
            .setRunbookId(RUNBOOK)
            .setTitle("Social Publishing Failed")
            .setSeverity(Severity.P3)
            .setStatus(
                type == IncidentEventType.RESOLVED ? IncidentStatus.RESOLVED : IncidentStatus.OPEN)
            .setGroupKey(RUNBOOK + "{namespace=\"crm\"}")
            .setCatalogVersion("test")
            .setDetectedAt(T0)
            .setResponseDueAt(T0.plusSeconds(3600))
            .setUpdatedAt(at)
            .setRevision(revision)
            .build();
    return IncidentEvent.newBuilder()
        .setEventId(incidentId + "#" + revision)
        .setIncidentId(incidentId)
        .setType(type)
        .setOccurredAt(at)
        .setCause(
            Cause.newBuilder()
                .setKind(CauseKind.ALERT)
                .setAlertFingerprint(FINGERPRINT)
                .setAlertStartsAt(T0)
                .build())
        .setIncident(incident)
        .build();
  }

  /** A check's result under the event {@code cause}. */
  SocialHistory check(String cause, String step, Map<String, String> figures, Instant at) {
    return add(cause, step, OutcomeKind.CHECK, "crm", OutcomeReason.COMPLETED, figures, at);
  }

  /** A side effect's outcome under the event {@code cause}, on {@code target}. */
  SocialHistory sideEffect(
      String cause, String step, OutcomeKind kind, String target, OutcomeReason reason) {
    return add(cause, step, kind, target, reason, Map.of(), T0.plusSeconds(1));
  }

  private SocialHistory add(
      String cause,
      String step,
      OutcomeKind kind,
      String target,
      OutcomeReason reason,
      Map<String, String> figures,
      Instant at) {
    String incidentId = cause.substring(0, cause.indexOf('#'));
    String key = incidentId + "/" + RUNBOOK + "/" + step + "/" + target;
    RemediationOutcome outcome =
        RemediationOutcome.newBuilder()
            .setOutcomeId(key + "#" + offset)
            .setIncidentId(incidentId)
            .setRunbookId(RUNBOOK)
            .setStep(step)
            .setKind(kind)
            .setOperation("notify")
            .setTarget(target)
            .setStatus(
                reason == OutcomeReason.CONDITION_NOT_MET
                    ? OutcomeStatus.SKIPPED
                    : OutcomeStatus.SUCCEEDED)
            .setReason(reason)
            .setEvidence(Evidence.newBuilder().setFigures(figures).build())
            .setStartedAt(at)
            .setFinishedAt(at)
            .setCatalogVersion("test")
            .setActionKey(key)
            .setCauseEventId(cause)
            .build();
    outcomes.add(
        new Recorded<>(
            new LogPosition("responder.outcomes.v1", 0, offset++), at, incidentId, outcome));
    return this;
  }
}
