package dev.responder.correlator.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * One step of the escalation path: who is reached at this level and how long the incident waits
 * unacknowledged before it climbs to the next level.
 *
 * @param level 1-based position on the path
 */
public record EscalationLevel(int level, String who, Duration waitBeforeNext) {

  public EscalationLevel {
    if (level < 1) {
      throw new IllegalArgumentException("escalation levels start at 1, got " + level);
    }
    Objects.requireNonNull(who, "who");
    if (waitBeforeNext.isNegative() || waitBeforeNext.isZero()) {
      throw new IllegalArgumentException("escalation level " + level + " needs a positive wait");
    }
  }
}
