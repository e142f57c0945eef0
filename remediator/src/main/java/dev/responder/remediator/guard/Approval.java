package dev.responder.remediator.guard;

import java.time.Duration;
import java.time.Instant;

/**
 * An approval request for one action: it waits for APPROVE or REJECT until {@code expiresAt}; an
 * answer after that is too late and the action is rejected as expired.
 */
public record Approval(String actionKey, Instant requestedAt, Instant expiresAt) {

  public static Approval request(String actionKey, Instant now, Duration timeToLive) {
    return new Approval(actionKey, now, now.plus(timeToLive));
  }

  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** How an answer (or its absence) resolves the request at {@code now}. */
  public Resolution resolve(Answer answer, Instant now) {
    if (isExpired(now)) {
      return Resolution.EXPIRED;
    }
    return switch (answer) {
      case APPROVE -> Resolution.APPROVED;
      case REJECT -> Resolution.REJECTED;
      case NONE -> Resolution.WAITING;
    };
  }

  /** A person's answer, or none yet. */
  public enum Answer {
    APPROVE,
    REJECT,
    NONE
  }

  /** Where the request stands. */
  public enum Resolution {
    WAITING,
    APPROVED,
    REJECTED,
    EXPIRED
  }
}
