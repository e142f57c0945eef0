package dev.responder.remediator.guard;

import java.time.Duration;

/**
 * At most {@code perRunbook} actions of one runbook and {@code overall} actions in total within
 * {@code window}: a storm of incidents cannot turn into a storm of restarts.
 */
public record RateBudget(int perRunbook, int overall, Duration window) {

  public RateBudget {
    if (perRunbook < 1 || overall < 1) {
      throw new IllegalArgumentException("rate budgets must allow at least one action");
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("rate budget window must be positive, was " + window);
    }
  }

  public boolean allows(BudgetUse use) {
    return use.byRunbook() < perRunbook && use.overall() < overall;
  }
}
