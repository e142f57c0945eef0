package dev.responder.app.bench;

import java.util.Arrays;

/**
 * A set of measured durations in nanoseconds, summarised as percentiles (nearest rank). Immutable;
 * an empty set answers {@code NaN} so a table shows that nothing was measured rather than zero.
 */
public final class Latencies {

  private final long[] sortedNanos;

  private Latencies(long[] sortedNanos) {
    this.sortedNanos = sortedNanos;
  }

  /** The durations given, in any order; the array is copied. */
  public static Latencies of(long... nanos) {
    long[] copy = nanos.clone();
    Arrays.sort(copy);
    return new Latencies(copy);
  }

  public int count() {
    return sortedNanos.length;
  }

  /** The nearest-rank percentile {@code p} (0 < p <= 100) in milliseconds. */
  public double percentileMillis(double p) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
  }

  public double p50Millis() {
    return percentileMillis(50);
  }

  public double p99Millis() {
    return percentileMillis(99);
  }

  public double maxMillis() {
    return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
  }
}
