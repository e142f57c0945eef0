package dev.responder.schemas.catalog;

import java.time.Instant;
import java.util.Optional;

/**
 * A source of who is on call: the catalog's rotation, a team's calendar, or a chain of them. Level
 * 0 is the incident commander, levels 1 and up the escalation levels; empty when this source names
 * nobody at that level and instant, so the next source in a chain is asked.
 */
@FunctionalInterface
public interface OnCallSource {

  /** A source that never names anyone. */
  OnCallSource NONE = (level, at) -> Optional.empty();

  /** The person on call at {@code level} at the instant {@code at}, if this source names one. */
  Optional<String> personAt(int level, Instant at);

  /** This source, then {@code next} where this one names nobody. */
  default OnCallSource orElse(OnCallSource next) {
    return (level, at) -> personAt(level, at).or(() -> next.personAt(level, at));
  }
}
