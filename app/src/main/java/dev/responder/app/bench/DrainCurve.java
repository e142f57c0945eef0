package dev.responder.app.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * How a drain progressed: samples of (time, records done so far), taken every few milliseconds.
 * From them: the rate over the whole drain, and over its first and last tenth of records, whose
 * ratio says whether the last alerts of a storm cost as much as the first.
 */
final class DrainCurve {

  private final List<long[]> samples = new ArrayList<>();

  /** Records that {@code done} records were processed at {@code nanos}. */
  void sample(long nanos, long done) {
    samples.add(new long[] {nanos, done});
  }

  /** Records processed by the last sample. */
  long done() {
    return samples.isEmpty() ? 0 : samples.get(samples.size() - 1)[1];
  }

  /**
   * When processing started: the last sample before the first processed record (so start-up,
   * assignment and restoration are not counted, for the baseline alike).
   */
  long startNanos() {
    long start = samples.isEmpty() ? 0 : samples.get(0)[0];
    for (long[] sample : samples) {
      if (sample[1] > 0) {
        return start;
      }
      start = sample[0];
    }
    return start;
  }

  /** The first time at least {@code count} records were done, or -1. */
  long reached(long count) {
    for (long[] sample : samples) {
      if (sample[1] >= count) {
        return sample[0];
      }
    }
    return -1;
  }

  /** Records per second from the start to the last record. */
  double rate() {
    return perSecond(done(), startNanos(), reached(done()));
  }

  /** Records per second over the first tenth of the records done. */
  double firstTenthRate() {
    long tenth = Math.max(1, done() / 10);
    return perSecond(tenth, startNanos(), reached(tenth));
  }

  /** Records per second over the last tenth of the records done. */
  double lastTenthRate() {
    long nineTenths = done() - Math.max(1, done() / 10);
    return perSecond(done() - nineTenths, reached(nineTenths), reached(done()));
  }

  private static double perSecond(long records, long from, long to) {
    if (records <= 0 || from < 0 || to <= from) {
      return Double.NaN;
    }
    return records / ((to - from) / 1e9);
  }
}
