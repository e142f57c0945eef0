package dev.responder.app.bench;

import java.util.Arrays;

/** A growable array of durations one thread records without boxing; not thread-safe. */
final class LatencyLog {

  private long[] nanos = new long[1024];
  private int size;

  void add(long value) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = value;
  }

  long[] toArray() {
    return Arrays.copyOf(nanos, size);
  }

  /** The durations of several threads' logs together. */
  static Latencies merge(Iterable<LatencyLog> logs) {
    long[] all = new long[0];
    for (LatencyLog log : logs) {
      long[] part = log.toArray();
      int start = all.length;
      all = Arrays.copyOf(all, start + part.length);
      System.arraycopy(part, 0, all, start, part.length);
    }
    return Latencies.of(all);
  }
}
