package dev.responder.app.bench;

import java.io.PrintWriter;

/** One line per step of the run on the terminal, with the seconds since the run started. */
final class Progress {

  private final PrintWriter out;
  private final long started = System.nanoTime();

  Progress(PrintWriter out) {
    this.out = out;
  }

  void say(String line) {
    out.printf("[%5.1fs] %s%n", seconds(), line);
    out.flush();
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }
}
