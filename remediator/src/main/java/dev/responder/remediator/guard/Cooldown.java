package dev.responder.remediator.guard;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Per-target cooldown: after any incident acted on a target, no action on it until the cooldown has
 * passed, whichever incident asks.
 */
public final class Cooldown {

  private Cooldown() {}

  public static boolean isActive(Optional<Instant> lastActedOn, Duration cooldown, Instant now) {
    return lastActedOn.map(last -> now.isBefore(last.plus(cooldown))).orElse(false);
  }
}
