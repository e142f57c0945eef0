package dev.responder.remediator.guard;

import java.time.Duration;
import java.time.Instant;

/**
 * A circuit breaker for one dependency, as a state machine over explicit times: after {@code
 * threshold} consecutive failures it opens for {@code openFor}; then one trial call is let through
 * (half-open), and its result closes or re-opens the circuit. Not thread-safe: callers synchronize.
 */
public final class CircuitBreaker {

  private final int threshold;
  private final Duration openFor;
  private int consecutiveFailures;
  private Instant openedAt;
  private boolean trialInFlight;

  public CircuitBreaker(int threshold, Duration openFor) {
    if (threshold < 1) {
      throw new IllegalArgumentException("circuit threshold must be at least 1, was " + threshold);
    }
    this.threshold = threshold;
    this.openFor = openFor;
  }

  /** The circuit's state at {@code now}. */
  public State state(Instant now) {
    if (openedAt == null) {
      return State.CLOSED;
    }
    return now.isBefore(openedAt.plus(openFor)) ? State.OPEN : State.HALF_OPEN;
  }

  /** Whether a call may go out now; in half-open, only one trial call at a time. */
  public boolean allowsCall(Instant now) {
    return switch (state(now)) {
      case CLOSED -> true;
      case OPEN -> false;
      case HALF_OPEN -> {
        boolean allowed = !trialInFlight;
        trialInFlight = true;
        yield allowed;
      }
    };
  }

  /** A call that was allowed but never went out (no thread to run it): it decides nothing. */
  public void recordNotCalled() {
    trialInFlight = false;
  }

  public void recordSuccess() {
    consecutiveFailures = 0;
    openedAt = null;
    trialInFlight = false;
  }

  public void recordFailure(Instant now) {
    consecutiveFailures++;
    trialInFlight = false;
    if (openedAt != null || consecutiveFailures >= threshold) {
      openedAt = now;
    }
  }

  /** Closed: calls go out. Open: none do. Half-open: one trial call decides. */
  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }
}
