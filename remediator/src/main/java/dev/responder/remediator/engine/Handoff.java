package dev.responder.remediator.engine;

import dev.responder.planning.ActionKey;
import dev.responder.planning.PlanContext;
import dev.responder.planning.PlannedStep;
import dev.responder.remediator.guard.Dependency;
import dev.responder.remediator.ledger.Ledger;
import dev.responder.remediator.port.Notifier;
import dev.responder.remediator.port.Result;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Hands a step to a person when automation must stop (circuit open, effect unknown): a message to
 * the hand-off channel and a NOTIFICATION outcome saying HANDED_TO_PERSON.
 */
final class Handoff {

  private final Notifier notifier;
  private final GuardedCalls calls;
  private final Ledger ledger;
  private final String channel;
  private final Clock clock;

  Handoff(Notifier notifier, GuardedCalls calls, Ledger ledger, String channel, Clock clock) {
    this.notifier = notifier;
    this.calls = calls;
    this.ledger = ledger;
    this.channel = channel;
    this.clock = clock;
  }

  void toPerson(PlanContext context, PlannedStep step, ActionKey key, String why) {
    Instant started = clock.instant();
    String message =
        "%s (%s, %s): step %s on %s needs a person: %s"
            .formatted(
                context.incidentId(),
                context.title(),
                context.severity(),
                step.id(),
                key.target(),
                why);
    Result sent =
        calls
            .call(Dependency.NOTIFY, () -> notifier.notify(channel, message, Optional.empty()))
            .result();
    OutcomeStatus status = sent.succeeded() ? OutcomeStatus.SUCCEEDED : OutcomeStatus.FAILED;
    StepReport report =
        new StepReport(
            context,
            step,
            key,
            OutcomeKind.NOTIFICATION,
            status,
            OutcomeReason.HANDED_TO_PERSON,
            sent.succeeded() ? message : message + " (not delivered: " + sent.message() + ")",
            sent.observation(),
            1,
            started,
            clock.instant(),
            "handoff");
    ledger.emit(List.of(Outcomes.outbound(report)), clock.instant());
  }
}
