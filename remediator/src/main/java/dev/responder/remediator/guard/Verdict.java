package dev.responder.remediator.guard;

/** What the guardrails decided about one action or notification, before anything is done. */
public enum Verdict {
  PROCEED,
  KILL_SWITCH,
  TARGET_NOT_ALLOWED,
  COOLDOWN_ACTIVE,
  RATE_BUDGET_EXHAUSTED,
  DRY_RUN,
  CIRCUIT_OPEN,
  APPROVAL_REQUIRED,
  /**
   * Not weighed by the gate: the action is no longer one to take (its event is over the maximum
   * age, or the current catalog no longer plans it), decided before the gate is asked.
   */
  NOT_ACTIONABLE;

  public boolean proceeds() {
    return this == PROCEED;
  }
}
