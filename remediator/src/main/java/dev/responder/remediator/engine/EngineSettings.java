package dev.responder.remediator.engine;

import dev.responder.remediator.guard.RateBudget;
import dev.responder.remediator.guard.Switches;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The engine's guardrail settings: the switches (read at every decision, so the kill switch takes
 * effect at once), the rate budgets, how long an approval request waits, and the channel that hears
 * when the remediator hands an incident to a person.
 */
public record EngineSettings(
    Supplier<Switches> switches,
    RateBudget budget,
    Duration approvalTtl,
    String handoffChannel,
    CallSettings calls) {}
