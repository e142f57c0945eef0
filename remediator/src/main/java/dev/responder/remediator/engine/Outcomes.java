package dev.responder.remediator.engine;

import dev.responder.planning.StepKind;
import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.guard.Verdict;
import dev.responder.remediator.ledger.ActionMachine;
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
    return ActionMachine.status(verdict);
  }

  static OutcomeReason reason(Verdict verdict) {
    return ActionMachine.reason(verdict);
  }

  static OutcomeStatus status(FailureKind failure) {
    return ActionMachine.status(failure);
  }

  static OutcomeReason reason(FailureKind failure) {
    return ActionMachine.reason(failure);
  }

  private static String format(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value)
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
