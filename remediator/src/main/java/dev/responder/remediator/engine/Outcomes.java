package dev.responder.remediator.engine;

import dev.responder.planning.StepKind;
import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.guard.Verdict;
import dev.responder.remediator.ledger.Outbound;
import dev.responder.schemas.avro.Evidence;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns step reports into outcome records for the outbox, and maps verdicts and failures. */
final class Outcomes {

  /** Evidence lines kept per outcome: enough for a log tail, bounded for the topic. */
  static final int MAX_LINES = 200;

  private Outcomes() {}

  static Outbound outbound(StepReport report) {
    return Outbound.outcome(record(report));
  }

  static RemediationOutcome record(StepReport r) {
    Map<String, String> figures = new LinkedHashMap<>();
    r.observation().figures().forEach((name, value) -> figures.put(name, format(value)));
    List<String> lines = r.observation().lines();
    return RemediationOutcome.newBuilder()
        .setOutcomeId(r.key().value() + "#" + r.context().causeEventId() + "#" + r.phase())
        .setIncidentId(r.context().incidentId())
        .setRunbookId(r.context().runbookId())
        .setStep(r.step().id())
        .setKind(r.kind())
        .setOperation(r.step().operation())
        .setTarget(r.key().target())
        .setStatus(r.status())
        .setReason(r.reason())
        .setMessage(r.message())
        .setEvidence(
            new Evidence(
                figures,
                lines.size() > MAX_LINES
                    ? lines.subList(lines.size() - MAX_LINES, lines.size())
                    : lines))
        .setAttempt(r.attempt())
        .setStartedAt(r.startedAt())
        .setFinishedAt(r.finishedAt())
        .setCatalogVersion(r.context().catalogVersion())
        .setActionKey(r.key().value())
        .setCauseEventId(r.context().causeEventId())
        .build();
  }

  static OutcomeKind kind(StepKind kind) {
    return switch (kind) {
      case CHECK -> OutcomeKind.CHECK;
      case ACTION -> OutcomeKind.ACTION;
      case NOTIFICATION -> OutcomeKind.NOTIFICATION;
    };
  }

  static OutcomeStatus status(Verdict verdict) {
    return switch (verdict) {
      case PROCEED -> OutcomeStatus.SUCCEEDED;
      case DRY_RUN -> OutcomeStatus.DRY_RUN;
      case APPROVAL_REQUIRED -> OutcomeStatus.AWAITING_APPROVAL;
      default -> OutcomeStatus.SKIPPED;
    };
  }

  static OutcomeReason reason(Verdict verdict) {
    return switch (verdict) {
      case PROCEED -> OutcomeReason.COMPLETED;
      case KILL_SWITCH -> OutcomeReason.KILL_SWITCH;
      case TARGET_NOT_ALLOWED -> OutcomeReason.TARGET_NOT_ALLOWED;
      case COOLDOWN_ACTIVE -> OutcomeReason.COOLDOWN_ACTIVE;
      case RATE_BUDGET_EXHAUSTED -> OutcomeReason.RATE_BUDGET_EXHAUSTED;
      case DRY_RUN -> OutcomeReason.DRY_RUN_MODE;
      case CIRCUIT_OPEN -> OutcomeReason.CIRCUIT_OPEN;
      case APPROVAL_REQUIRED -> OutcomeReason.APPROVAL_REQUIRED;
    };
  }

  static OutcomeStatus status(FailureKind failure) {
    return failure == FailureKind.TIMEOUT ? OutcomeStatus.TIMED_OUT : OutcomeStatus.FAILED;
  }

  static OutcomeReason reason(FailureKind failure) {
    return switch (failure) {
      case TRANSIENT -> OutcomeReason.TRANSIENT_ERROR;
      case PERMANENT -> OutcomeReason.PERMANENT_ERROR;
      case TIMEOUT -> OutcomeReason.TIMEOUT;
      case UNAVAILABLE, IN_DOUBT -> OutcomeReason.DEPENDENCY_UNAVAILABLE;
      // A defect in the adapter: calling again runs the same code, so retrying cannot help.
      case UNEXPECTED -> OutcomeReason.PERMANENT_ERROR;
    };
  }

  private static String format(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value)
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
