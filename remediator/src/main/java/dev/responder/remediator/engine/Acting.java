package dev.responder.remediator.engine;

import dev.responder.planning.ActionKey;
import dev.responder.planning.PlanContext;
import dev.responder.planning.PlannedStep;
import dev.responder.planning.StepKind;
import dev.responder.remediator.guard.Dependency;
import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.ledger.Ledger;
import dev.responder.remediator.ledger.LedgerEntry;
import dev.responder.remediator.ledger.LedgerState;
import dev.responder.remediator.ledger.Outbound;
import dev.responder.remediator.port.Applied;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on a claimed (INTENT) key and records the result, and after a crash reconciles INTENT rows
 * by reading the target: applied means record it, not applied means act now, and a target that
 * cannot tell means a person decides, because acting twice is worse than not acting.
 */
final class Acting {

  private static final Logger LOGGER = LoggerFactory.getLogger(Acting.class);

  private final Ledger ledger;
  private final StepRunner runner;
  private final GuardedCalls calls;
  private final Handoff handoff;
  private final FailurePoint failurePoint;
  private final Clock clock;

  Acting(
      Ledger ledger,
      StepRunner runner,
      GuardedCalls calls,
      Handoff handoff,
      FailurePoint failurePoint,
      Clock clock) {
    this.ledger = ledger;
    this.runner = runner;
    this.calls = calls;
    this.handoff = handoff;
    this.failurePoint = failurePoint;
    this.clock = clock;
  }

  /** Acts on an INTENT key; true when the effect took place. */
  boolean act(PlanContext context, PlannedStep step, ActionKey key, int attempt) {
    Instant started = clock.instant();
    GuardedCalls.Attempted attempted =
        calls.call(Dependency.of(step.operation()), () -> runner.run(step, key, context));
    failurePoint.reached(FailurePoint.AFTER_ACT, key);
    Result result = attempted.result();
    if (result.succeeded()) {
      String message = result.message().isEmpty() ? "done" : result.message();
      return settle(
          context,
          step,
          key,
          attempt,
          started,
          LedgerState.APPLIED,
          OutcomeStatus.SUCCEEDED,
          OutcomeReason.COMPLETED,
          message,
          withTries(result.observation(), attempted.tries()));
    }
    FailureKind failure = result.failure().get();
    if (failure.mayHaveTakenEffect()) {
      return afterTimeout(context, step, key, attempt, started, result);
    }
    settle(
        context,
        step,
        key,
        attempt,
        started,
        LedgerState.FAILED,
        Outcomes.status(failure),
        Outcomes.reason(failure),
        result.message(),
        withTries(result.observation(), attempted.tries()));
    if (attempted.circuitOpen()) {
      handoff.toPerson(context, step, key, result.message());
    }
    return false;
  }

  /** A timed-out (or crashed) call may have taken effect: read the target before deciding. */
  private boolean afterTimeout(
      PlanContext context,
      PlannedStep step,
      ActionKey key,
      int attempt,
      Instant started,
      Result result) {
    if (runner.applied(step, key) == Applied.YES) {
      return settle(
          context,
          step,
          key,
          attempt,
          started,
          LedgerState.APPLIED,
          OutcomeStatus.SUCCEEDED,
          OutcomeReason.COMPLETED,
          "failed (" + result.message() + "), but the target shows it applied",
          result.observation());
    }
    markUnknown(context, step, key, attempt, started, result.message());
    return false;
  }

  /** Resolves an INTENT row found at start-up; true when the action is (now) applied. */
  boolean reconcile(LedgerEntry entry) {
    Applied applied = runner.applied(entry.step(), entry.key());
    LOGGER.info("Reconciling INTENT {}: target says applied={}", entry.key(), applied);
    Instant now = clock.instant();
    return switch (applied) {
      case YES ->
          settle(
              entry.context(),
              entry.step(),
              entry.key(),
              entry.attempt(),
              entry.claimedAt(),
              LedgerState.APPLIED,
              OutcomeStatus.SUCCEEDED,
              OutcomeReason.ALREADY_APPLIED,
              "found applied on the target after a restart; not repeated",
              Observation.empty());
      case NO -> act(entry.context(), entry.step(), entry.key(), entry.attempt());
      case UNKNOWN -> {
        markUnknown(
            entry.context(),
            entry.step(),
            entry.key(),
            entry.attempt(),
            now,
            "interrupted before its result was recorded; the target cannot tell whether it applied");
        yield false;
      }
    };
  }

  private void markUnknown(
      PlanContext context,
      PlannedStep step,
      ActionKey key,
      int attempt,
      Instant started,
      String why) {
    settle(
        context,
        step,
        key,
        attempt,
        started,
        LedgerState.UNKNOWN,
        OutcomeStatus.UNKNOWN,
        OutcomeReason.UNKNOWN,
        why + "; not repeated",
        Observation.empty());
    handoff.toPerson(context, step, key, why + said(step));
  }

  private boolean settle(
      PlanContext context,
      PlannedStep step,
      ActionKey key,
      int attempt,
      Instant started,
      LedgerState to,
      OutcomeStatus status,
      OutcomeReason reason,
      String message,
      Observation observation) {
    Instant now = clock.instant();
    Outbound outcome =
        Outcomes.outbound(
            new StepReport(
                context,
                step,
                key,
                Outcomes.kind(step.kind()),
                status,
                reason,
                message,
                observation,
                attempt,
                started,
                now,
                "result"));
    Optional<Instant> actedAt = to == LedgerState.APPLIED ? Optional.of(now) : Optional.empty();
    boolean settled = ledger.settle(key, LedgerState.INTENT, to, actedAt, now, List.of(outcome));
    return settled && to == LedgerState.APPLIED;
  }

  /**
   * What an interrupted notification was to say, so the person it is handed to has the message (a
   * storm digest's text is the only place its count lives).
   */
  private static String said(PlannedStep step) {
    return step.kind() == StepKind.NOTIFICATION
        ? step.params().optionalText("message").map(m -> "; it was to say: " + m).orElse("")
        : "";
  }

  private static Observation withTries(Observation observation, int tries) {
    var figures = new java.util.LinkedHashMap<>(observation.figures());
    figures.put("tries", (double) tries);
    return Observation.of(figures, observation.lines());
  }
}
