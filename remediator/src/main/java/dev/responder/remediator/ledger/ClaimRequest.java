package dev.responder.remediator.ledger;

import dev.responder.planning.ActionKey;
import dev.responder.planning.PlanContext;
import dev.responder.planning.PlannedStep;
import java.time.Duration;
import java.time.Instant;

/**
 * A request to claim an action key for one incident event. {@code approved} is true when a person's
 * APPROVE command is what asks; {@code approvalTtl} is how long a new approval request waits;
 * {@code budgetWindow} is how far back claims count against the rate budgets.
 */
public record ClaimRequest(
    ActionKey key,
    PlannedStep step,
    PlanContext context,
    boolean approved,
    Instant now,
    Duration approvalTtl,
    Duration budgetWindow) {}
