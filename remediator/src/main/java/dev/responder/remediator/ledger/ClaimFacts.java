package dev.responder.remediator.ledger;

import dev.responder.remediator.guard.BudgetUse;
import java.time.Instant;
import java.util.Optional;

/**
 * What the ledger knows at claim time, read under the target's lock: when this operation last acted
 * on the target (any incident) and how much of the rate budgets is used.
 */
public record ClaimFacts(Optional<Instant> lastActedOnTarget, BudgetUse budgetUse) {}
