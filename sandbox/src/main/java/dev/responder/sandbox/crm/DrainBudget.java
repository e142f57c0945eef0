package dev.responder.sandbox.crm;

import java.time.Duration;

/**
 * How many queued events the simulated worker may take in a tick: a constant rate per processing
 * replica, with the fraction carried to the next tick so that slow rates and short ticks still add
 * up exactly. Not thread-safe (one worker thread owns it).
 */
final class DrainBudget {

  private final double eventsPerSecondPerReplica;
  private double carry;

  DrainBudget(double eventsPerSecondPerReplica) {
    if (!(eventsPerSecondPerReplica > 0)) {
      throw new IllegalArgumentException(
          "events per second per replica must be positive, was " + eventsPerSecondPerReplica);
    }
    this.eventsPerSecondPerReplica = eventsPerSecondPerReplica;
  }

  /** The whole number of events due for {@code elapsed} with {@code replicas} processing. */
  int take(Duration elapsed, int replicas) {
    if (replicas <= 0 || elapsed.isNegative()) {
      carry = 0;
      return 0;
    }
    double due = carry + eventsPerSecondPerReplica * replicas * elapsed.toNanos() / 1e9;
    // The epsilon keeps 10 ticks of 0.3 events from summing to 2.999... and losing one.
    int whole = (int) Math.min(Integer.MAX_VALUE, Math.floor(due + 1e-9));
    carry = Math.max(0, due - whole);
    return whole;
  }
}
