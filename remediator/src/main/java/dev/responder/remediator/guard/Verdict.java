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
  APPROVAL_REQUIRED;

  public boolean proceeds() {
    return this == PROCEED;
  }
}
