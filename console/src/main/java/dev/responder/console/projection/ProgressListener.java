package dev.responder.console.projection;

/** Told how far a long read has come, so a command can show progress. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener SILENT = (done, total) -> {};

  void progress(long done, long total);
}
