package dev.responder.correlator.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of the escalation path beyond the commander: who is reached at this level and how long
 * the incident waits unacknowledged before it climbs to the next level (empty at the top).
 *
 * @param level 1-based position on the path: the incident's escalation level once reached
 */
public record EscalationLevel(int level, String who, Optional<Duration> waitBeforeNext) {

  public EscalationLevel {
    if (level < 1) {
      throw new IllegalArgumentException("escalation levels start at 1, got " + level);
    }
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(waitBeforeNext, "waitBeforeNext");
    if (waitBeforeNext.filter(wait -> wait.isNegative() || wait.isZero()).isPresent()) {
      throw new IllegalArgumentException("escalation level " + level + " needs a positive wait");
    }
  }

  /** A level with a wait before the next one. */
  public static EscalationLevel of(int level, String who, Duration waitBeforeNext) {
    return new EscalationLevel(level, who, Optional.of(waitBeforeNext));
  }
}
