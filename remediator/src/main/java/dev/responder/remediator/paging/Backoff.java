package dev.responder.remediator.paging;

import java.time.Duration;
import java.util.Optional;

/**
 * How long to wait before trying a delivery again: exponential from {@code first}, capped at {@code
 * max}, never shorter than the receiver's Retry-After (a receiver that asks for more time gets it),
 * and no more tries after {@code attempts}.
 */
public record Backoff(int attempts, Duration first, Duration max) {

  public Backoff {
    if (attempts < 1) {
      throw new IllegalArgumentException("a delivery needs at least one attempt, got " + attempts);
    }
    if (first.isNegative() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "backoff needs 0 <= first <= max, got " + first + ", " + max);
    }
  }

  /** The wait before attempt {@code made + 1}, or empty when {@code made} attempts are the last. */
  public Optional<Duration> next(int made, Attempt.Retry retry) {
    if (made >= attempts) {
      return Optional.empty();
    }
    Duration exponential = first.multipliedBy(1L << Math.min(made - 1, 30));
    Duration capped = exponential.compareTo(max) > 0 ? max : exponential;
    return Optional.of(retry.after().filter(asked -> asked.compareTo(capped) > 0).orElse(capped));
  }
}
