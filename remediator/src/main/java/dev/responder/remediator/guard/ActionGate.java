package dev.responder.remediator.guard;

/**
 * The order in which guardrails are asked, as one pure decision. The kill switch and the allowlist
 * come first (no action, ever); cooldown and budgets next (they hold in dry-run too, so a dry run
 * shows what would really happen); then dry-run, the dependency's circuit, and approval last so a
 * person is only asked about an action that could run.
 */
public final class ActionGate {

  private ActionGate() {}

  public static Verdict decide(GateInput in) {
    if (in.switches().killSwitch()) {
      return Verdict.KILL_SWITCH;
    }
    if (!in.targetAllowed()) {
      return Verdict.TARGET_NOT_ALLOWED;
    }
    if (Cooldown.isActive(in.lastActedOnTarget(), in.cooldown(), in.now())) {
      return Verdict.COOLDOWN_ACTIVE;
    }
    if (!in.budget().allows(in.budgetUse())) {
      return Verdict.RATE_BUDGET_EXHAUSTED;
    }
    if (in.switches().dryRun()) {
      return Verdict.DRY_RUN;
    }
    if (in.circuitOpen()) {
      return Verdict.CIRCUIT_OPEN;
    }
    if (in.approvalRequired() && !in.approved()) {
      return Verdict.APPROVAL_REQUIRED;
    }
    return Verdict.PROCEED;
  }
}
