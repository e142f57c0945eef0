package dev.responder.app.history;

import dev.responder.console.projection.ProgressListener;
import java.io.PrintWriter;

/**
 * Prints progress of a long read to the error stream, at most once per tenth and only for reads of
 * more than a few thousand records, so short runs stay quiet and pipes get clean output.
 */
final class ProgressPrinter implements ProgressListener {

  private static final long WORTH_SHOWING = 5_000;

  private final PrintWriter err;
  private final String label;
  private long lastTenth = -1;

  ProgressPrinter(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  @Override
  public void progress(long done, long total) {
    if (total < WORTH_SHOWING) {
      return;
    }
    long tenth = Math.min(10, done * 10 / total);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      err.printf("%s: %d/%d records (%d%%)%n", label, done, total, tenth * 10);
      err.flush();
    }
  }
}
