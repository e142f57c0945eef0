package dev.responder.remediator.engine;

import dev.responder.planning.ActionKey;
import dev.responder.planning.PlanContext;
import dev.responder.planning.PlannedStep;
import dev.responder.remediator.ledger.LedgerEntry;

/**
 * A key this process holds in INTENT: the step as claimed, for which incident, at which attempt.
 */
record Claimed(PlanContext context, PlannedStep step, ActionKey key, int attempt) {

  static Claimed of(LedgerEntry entry) {
    return new Claimed(entry.context(), entry.step(), entry.key(), entry.attempt());
  }
}
