package dev.responder.remediator.engine;

import dev.responder.planning.ActionKey;
import dev.responder.planning.Findings;
import dev.responder.planning.Plan;
import dev.responder.planning.PlannedStep;
import dev.responder.remediator.guard.Dependency;
import dev.responder.remediator.ledger.Ledger;
import dev.responder.remediator.port.Result;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Runs checks (they only read) and records each one's outcome with its evidence. A check refused by
 * an open circuit reports no figures, so no condition acts on it.
 */
final class Checks {

  private final Ledger ledger;
  private final StepRunner runner;
  private final GuardedCalls calls;
  private final Clock clock;

  Checks(Ledger ledger, StepRunner runner, GuardedCalls calls, Clock clock) {
    this.ledger = ledger;
    this.runner = runner;
    this.calls = calls;
    this.clock = clock;
  }

  /** Runs {@code check}, records its figures in {@code findings}, and emits its outcome. */
  void run(Plan plan, PlannedStep check, Findings findings, String phase) {
    ActionKey key = ActionKey.of(plan, check);
    Instant started = clock.instant();
    GuardedCalls.Attempted attempted =
        calls.call(Dependency.of(check.operation()), () -> runner.run(check, key, plan.context()));
    Result result = attempted.result();
    OutcomeStatus status;
    OutcomeReason reason;
    if (result.succeeded()) {
      findings.record(check.id(), result.observation().figures());
      status = OutcomeStatus.SUCCEEDED;
      reason = OutcomeReason.COMPLETED;
    } else if (attempted.circuitOpen()) {
      status = OutcomeStatus.SKIPPED;
      reason = OutcomeReason.CIRCUIT_OPEN;
    } else {
      status = Outcomes.status(result.failure().get());
      reason = Outcomes.reason(result.failure().get());
    }
    StepReport report =
        new StepReport(
            plan.context(),
            check,
            key,
            OutcomeKind.CHECK,
            status,
            reason,
            result.message(),
            result.observation(),
            attempted.tries(),
            started,
            clock.instant(),
            phase);
    ledger.emit(List.of(Outcomes.outbound(report)), clock.instant());
  }
}
