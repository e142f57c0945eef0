package dev.responder.remediator.guard;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Everything the action gate weighs, read at the moment of the decision: switches, the allowlist
 * answer, when the target was last acted on, budget use, the circuit, and whether a person
 * approved.
 */
public record GateInput(
    Switches switches,
    boolean targetAllowed,
    Optional<Instant> lastActedOnTarget,
    Duration cooldown,
    BudgetUse budgetUse,
    RateBudget budget,
    boolean circuitOpen,
    boolean approvalRequired,
    boolean approved,
    Instant now) {}
