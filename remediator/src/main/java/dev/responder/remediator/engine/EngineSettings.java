package dev.responder.remediator.engine;

import dev.responder.remediator.guard.RateBudget;
import dev.responder.remediator.guard.Switches;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The engine's guardrail settings: the switches (read at every decision, so the kill switch takes
 * effect at once), the rate budgets, how long an approval request waits, the channel that hears
 * when the remediator hands an incident to a person, and the age past which an incident event is
 * not acted on.
 */
public record EngineSettings(
    Supplier<Switches> switches,
    RateBudget budget,
    Duration approvalTtl,
    String handoffChannel,
    CallSettings calls,
    Duration maxEventAge) {

  public EngineSettings {
    if (maxEventAge.isNegative() || maxEventAge.isZero()) {
      throw new IllegalArgumentException("maxEventAge must be positive, was " + maxEventAge);
    }
  }
}
