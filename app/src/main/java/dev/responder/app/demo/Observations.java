package dev.responder.app.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the watcher read, in arrival order, for the player to walk through with a cursor.
 * Outcomes published twice (the outbox relay may resend after a crash) are kept once, by outcome
 * id, as the remediator's contract asks of readers.
 */
final class Observations {

  private final List<Observed> observed = new ArrayList<>();
  private final Set<String> outcomeIds = new HashSet<>();

  synchronized void add(Observed record) {
    if (record instanceof Observed.Outcome outcome
        && !outcomeIds.add(outcome.outcome().getOutcomeId())) {
      return;
    }
    observed.add(record);
    notifyAll();
  }

  /**
   * What arrived from index {@code from} on, waiting up to {@code wait} for something to arrive.
   *
   * @return the new records, possibly none
   */
  synchronized List<Observed> from(int from, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (observed.size() <= from) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return List.of();
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return List.copyOf(observed.subList(from, observed.size()));
  }
}
