package dev.responder.remediator.service;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Drains the outbox between two polls, within a time budget: a steady inflow of rows must not keep
 * the loop from polling past the consumer's {@code max.poll.interval.ms} (15 minutes here), or the
 * group would evict it. What is left is published in the next round.
 */
final class OutboxDrain {

  /** A batch that publishes nothing ends the drain; so does the budget once it is spent. */
  @FunctionalInterface
  interface Batch {
    int publish() throws InterruptedException;
  }

  /** Well below the 15-minute poll interval, leaving most of it to the round's records. */
  static final Duration BUDGET = Duration.ofSeconds(5);

  private final Batch batch;
  private final Duration budget;
  private final LongSupplier nanoTime;

  OutboxDrain(Batch batch, Duration budget, LongSupplier nanoTime) {
    this.batch = batch;
    this.budget = budget;
    this.nanoTime = nanoTime;
  }

  /** Publishes batches until one is empty or the budget is spent; returns how many were sent. */
  int drain() throws InterruptedException {
    long started = nanoTime.getAsLong();
    int batches = 0;
    while (batch.publish() > 0) {
      batches++;
      if (nanoTime.getAsLong() - started >= budget.toNanos()) {
        break;
      }
    }
    return batches;
  }
}
