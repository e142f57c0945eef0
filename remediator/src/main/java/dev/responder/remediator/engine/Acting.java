package dev.responder.remediator.engine;

import dev.responder.planning.PlannedStep;
import dev.responder.planning.StepKind;
import dev.responder.remediator.guard.Dependency;
import dev.responder.remediator.guard.Verdict;
import dev.responder.remediator.ledger.ActionMachine;
import dev.responder.remediator.ledger.ActionMachine.Effect;
import dev.responder.remediator.ledger.ActionMachine.Step;
import dev.responder.remediator.ledger.Ledger;
import dev.responder.remediator.ledger.LedgerEntry;
import dev.responder.remediator.ledger.LedgerState;
import dev.responder.remediator.port.Applied;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs what {@link ActionMachine} decides for a key in INTENT: calls the target, reads it back when
 * the call may have taken effect, stores the transition with its outcome, and hands the step to a
 * person when the machine says so. After a crash it reads the target of each INTENT first.
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

  /** Acts on a key this process holds in INTENT; true when the effect took place. */
  boolean act(Claimed claimed) {
    Instant started = clock.instant();
    GuardedCalls.Attempted attempted =
        calls.call(
            Dependency.of(claimed.step().operation()),
            () -> runner.run(claimed.step(), claimed.key(), claimed.context()));
    failurePoint.reached(FailurePoint.AFTER_ACT, claimed.key());
    Result result = attempted.result();
    Step step = ActionMachine.called(result, attempted.circuitOpen());
    Observation observation = withTries(result.observation(), attempted.tries());
    if (step.effect() == Effect.READ_TARGET) {
      step =
          ActionMachine.readBack(runner.applied(claimed.step(), claimed.key()), result.message());
      observation = result.observation();
    }
    return perform(claimed, started, step, observation);
  }

  /**
   * Resolves an INTENT found at start-up: the target is read first, and when it does not show the
   * effect, {@code verdict} (the guardrails of now) decides whether to act. True when the action is
   * (now) applied.
   */
  boolean reconcile(LedgerEntry entry, Supplier<Guardrails.Weighed> guardrails) {
    Applied applied = runner.applied(entry.step(), entry.key());
    LOGGER.info("Reconciling INTENT {}: target says applied={}", entry.key(), applied);
    Guardrails.Weighed weighed =
        applied == Applied.NO ? guardrails.get() : new Guardrails.Weighed(Verdict.PROCEED, "");
    Step step = ActionMachine.reconcile(applied, weighed.verdict(), weighed.explanation());
    Claimed claimed = Claimed.of(entry);
    if (step.effect() == Effect.ACT) {
      return act(claimed);
    }
    Instant started = applied == Applied.YES ? entry.claimedAt() : clock.instant();
    return perform(claimed, started, step, Observation.empty());
  }

  /** Stores {@code step} (from INTENT) with its outcome and runs its effect. */
  private boolean perform(Claimed claimed, Instant started, Step step, Observation observation) {
    Instant now = clock.instant();
    LedgerState to = step.next().orElseThrow();
    ActionMachine.Report said = step.report().orElseThrow();
    StepReport report =
        new StepReport(
            claimed.context(),
            claimed.step(),
            claimed.key(),
            Outcomes.kind(claimed.step().kind()),
            said.status(),
            said.reason(),
            said.message(),
            observation,
            claimed.attempt(),
            started,
            now,
            "result");
    Optional<Instant> actedAt = to == LedgerState.APPLIED ? Optional.of(now) : Optional.empty();
    boolean settled =
        ledger.settle(
            claimed.key(),
            LedgerState.INTENT,
            to,
            actedAt,
            now,
            List.of(Outcomes.outbound(report)));
    if (settled && step.effect() == Effect.HAND_TO_PERSON) {
      String why =
          to == LedgerState.UNKNOWN ? said.message() + said(claimed.step()) : said.message();
      handoff.toPerson(claimed.context(), claimed.step(), claimed.key(), why);
    }
    return settled && step.effect() == Effect.VERIFY_LATER;
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
    var figures = new LinkedHashMap<>(observation.figures());
    figures.put("tries", (double) tries);
    return Observation.of(figures, observation.lines());
  }
}
