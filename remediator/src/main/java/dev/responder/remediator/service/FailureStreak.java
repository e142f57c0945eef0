package dev.responder.remediator.service;

import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.guard.RetryPolicy;
import java.time.Duration;

/**
 * Consecutive failures of the loop's work (the ledger database down, Kafka unreachable): how long
 * to wait before trying again, growing exponentially up to a ceiling, and whether the loop is
 * failing now (then it is not ready). One success ends the streak.
 */
final class FailureStreak {

  private final RetryPolicy backoff;
  private int failures;

  FailureStreak(Duration initialBackoff, Duration maxBackoff) {
    this.backoff = new RetryPolicy(Integer.MAX_VALUE, initialBackoff, maxBackoff);
  }

  /** Records a failure; returns how long to wait before the next try. */
  Duration failed() {
    failures = failures == Integer.MAX_VALUE - 1 ? failures : failures + 1;
    return backoff.nextDelay(failures, FailureKind.TRANSIENT).orElseThrow();
  }

  void succeeded() {
    failures = 0;
  }

  boolean isFailing() {
    return failures > 0;
  }

  int failures() {
    return failures;
  }
}
