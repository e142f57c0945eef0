package dev.responder.remediator.engine;

import dev.responder.planning.Plan;
import dev.responder.planning.PlannedStep;
import dev.responder.planning.StepKind;
import dev.responder.remediator.guard.ActionGate;
import dev.responder.remediator.guard.BudgetUse;
import dev.responder.remediator.guard.Dependency;
import dev.responder.remediator.guard.GateInput;
import dev.responder.remediator.guard.Switches;
import dev.responder.remediator.guard.TargetPolicy;
import dev.responder.remediator.guard.Verdict;
import dev.responder.remediator.ledger.ClaimFacts;
import dev.responder.remediator.ledger.LedgerEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads what the action gate weighs at the moment of a decision (the switches as they are now, the
 * allowlist of the current catalog, the circuit) and asks {@link ActionGate}: for a first attempt,
 * and for an INTENT a crash left behind, which is weighed again as a first attempt would be.
 */
final class Guardrails {

  private final EngineSettings settings;
  private final GuardedCalls calls;

  Guardrails(EngineSettings settings, GuardedCalls calls) {
    this.settings = settings;
    this.calls = calls;
  }

  /** The verdict on a first attempt at {@code step}, with the ledger's {@code facts}. */
  Verdict firstAttempt(
      Plan plan, PlannedStep step, ClaimFacts facts, boolean approved, Instant now) {
    boolean action = step.kind() == StepKind.ACTION;
    return decide(
        step,
        plan,
        action ? facts : new ClaimFacts(Optional.empty(), new BudgetUse(0, 0)),
        action ? plan.limits().cooldown() : Duration.ZERO,
        action && plan.limits().approvalRequired() && !approved,
        now);
  }

  /**
   * Asks the gate with the switches and circuit of now. People are still told under the kill
   * switch: it stops changes, not communication.
   */
  private Verdict decide(
      PlannedStep step,
      Plan plan,
      ClaimFacts facts,
      Duration cooldown,
      boolean awaitsApproval,
      Instant now) {
    Switches switches = settings.switches().get();
    return ActionGate.decide(
        new GateInput(
            step.kind() == StepKind.ACTION ? switches : new Switches(false, switches.dryRun()),
            TargetPolicy.allowed(step, plan.limits()),
            facts.lastActedOnTarget(),
            cooldown,
            facts.budgetUse(),
            settings.budget(),
            calls.isOpen(Dependency.of(step.operation())),
            awaitsApproval,
            false,
            now));
  }

  /**
   * The verdict on acting now for an INTENT found after a crash whose effect the target does not
   * show. The claim was older than it looks (its event occurred before it was claimed), so a claim
   * over the maximum event age is not actionable, and so is a step the current catalog ({@code
   * current}) no longer plans; otherwise the gate decides with the switches, allowlist and circuit
   * of now. Cooldown and budgets are not weighed again: the INTENT itself was counted against them
   * when it was admitted, and an approval it needed was given then.
   */
  Weighed reconcile(Optional<Plan> current, LedgerEntry entry, Instant now) {
    Verdict verdict = reconcileVerdict(current, entry, now);
    return new Weighed(verdict, explain(verdict, entry.step()));
  }

  /** A verdict and why, for the outcome that reports it. */
  record Weighed(Verdict verdict, String explanation) {}

  private Verdict reconcileVerdict(Optional<Plan> current, LedgerEntry entry, Instant now) {
    Optional<PlannedStep> planned =
        current
            .flatMap(plan -> plan.sideEffect(entry.step().id()))
            .filter(step -> step.target().equals(entry.step().target()));
    if (Duration.between(entry.claimedAt(), now).compareTo(settings.maxEventAge()) > 0
        || planned.isEmpty()) {
      return Verdict.NOT_ACTIONABLE;
    }
    return decide(
        entry.step(),
        current.get(),
        new ClaimFacts(Optional.empty(), new BudgetUse(0, 0)),
        Duration.ZERO,
        false,
        now);
  }

  /** Why {@code verdict} stopped {@code step}, for its outcome. */
  String explain(Verdict verdict, PlannedStep step) {
    return switch (verdict) {
      case APPROVAL_REQUIRED -> "waiting for APPROVE or REJECT within " + settings.approvalTtl();
      case DRY_RUN -> "dry-run: would run " + step.operation() + " " + step.params().values();
      case NOT_ACTIONABLE ->
          "over the maximum event age (RESPONDER_REMEDIATOR_MAX_EVENT_AGE) or no longer in the"
              + " catalog";
      default -> verdict.name().toLowerCase().replace('_', ' ');
    };
  }
}
