package dev.responder.remediator.guard;

import java.time.Duration;
import java.util.Optional;

/**
 * Retries with exponential backoff, for transient failures only: a permanent error, a timeout (the
 * call may have had its effect) or an unavailable dependency is reported at once.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
  }

  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

  /**
   * The wait before the next attempt after {@code attempt} (1-based) failed with {@code kind}, or
   * empty when the failure is final.
   */
  public Optional<Duration> nextDelay(int attempt, FailureKind kind) {
    if (kind != FailureKind.TRANSIENT || attempt >= maxAttempts) {
      return Optional.empty();
    }
    Duration delay = initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
    return Optional.of(delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay);
  }
}
