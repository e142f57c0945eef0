package dev.responder.remediator.ledger;

import dev.responder.planning.ActionKey;
import dev.responder.planning.PlanContext;
import dev.responder.planning.PlannedStep;
import java.time.Instant;
import java.util.Optional;

/**
 * One ledger row: the action key, the step exactly as planned when it was claimed, its state and
 * attempt, and the incident context it was claimed for.
 */
public record LedgerEntry(
    ActionKey key,
    PlannedStep step,
    PlanContext context,
    LedgerState state,
    int attempt,
    Instant claimedAt,
    Optional<Instant> actedAt,
    Optional<Instant> approvalExpiresAt) {}
