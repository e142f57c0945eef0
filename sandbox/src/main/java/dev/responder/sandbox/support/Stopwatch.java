package dev.responder.sandbox.support;

import java.util.Locale;

/** Measures start-up times for the "ready in 4.2 s" log lines. */
public final class Stopwatch {

  private final long startNanos = System.nanoTime();

  private Stopwatch() {}

  public static Stopwatch start() {
    return new Stopwatch();
  }

  /** Elapsed time in seconds with two decimals, e.g. {@code 4.21 s}. */
  public String elapsed() {
    return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - startNanos) / 1e9);
  }
}
