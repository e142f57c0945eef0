package dev.responder.app.demo;

import java.io.PrintWriter;

/** The demo's live output: one line per step, with the seconds since the demo started. */
final class Progress {

  private final PrintWriter out;
  private final long startNanos;

  Progress(PrintWriter out, long startNanos) {
    this.out = out;
    this.startNanos = startNanos;
  }

  long startNanos() {
    return startNanos;
  }

  synchronized void line(String text) {
    out.printf("[%6.1fs] %s%n", (System.nanoTime() - startNanos) / 1e9, text);
    out.flush();
  }

  synchronized void plain(String text) {
    out.println(text);
    out.flush();
  }
}
