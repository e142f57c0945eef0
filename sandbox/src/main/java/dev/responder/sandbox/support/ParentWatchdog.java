package dev.responder.sandbox.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a server process when this JVM dies however it dies (kill -9 included): a small {@code sh}
 * child reads its standard input, a pipe only this JVM writes to, which the kernel closes when the
 * JVM exits; at end of input it sends the server SIGTERM, SIGKILL after a grace period, and removes
 * the server's directories. A JVM that stops the server itself closes the watchdog first.
 */
public final class ParentWatchdog implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(ParentWatchdog.class);

  // $1 = what (for the log line), $2 = pid; the rest are directories to remove.
  // Waits for end of input, then TERM, up to 20 s for the exit, then KILL.
  private static final String SCRIPT =
      """
      while read -r _; do :; done
      what=$1; pid=$2; shift 2
      kill -TERM "$pid" 2>/dev/null
      i=0
      while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 100 ]; do sleep 0.2; i=$((i+1)); done
      kill -KILL "$pid" 2>/dev/null
      rm -rf -- "$@"
      echo "responder watchdog: stopped $what (pid $pid) after its parent JVM died" >&2
      """;

  private final Process watchdog;
  private final OutputStream lifeline;

  private ParentWatchdog(Process watchdog) {
    this.watchdog = watchdog;
    // Held, never written: its end of the pipe is what the watchdog waits on.
    this.lifeline = watchdog.getOutputStream();
  }

  /**
   * Watches {@code server} ({@code what} names it in the log): when this JVM is gone it stops the
   * process and deletes {@code directories}.
   */
  public static ParentWatchdog guard(String what, long server, List<Path> directories) {
    List<String> command = new ArrayList<>(List.of("sh", "-c", SCRIPT, "responder-watchdog"));
    command.add(what);
    command.add(Long.toString(server));
    directories.forEach(d -> command.add(d.toAbsolutePath().toString()));
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      LOGGER.debug("Watchdog {} guards {} (pid {})", process.pid(), what, server);
      return new ParentWatchdog(process);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the watchdog of " + what, e);
    }
  }

  /** The watchdog's own process, for leak checks. */
  public ProcessHandle process() {
    return watchdog.toHandle();
  }

  /** Ends the watch without touching the server (the caller stops it itself). */
  @Override
  public void close() {
    watchdog.destroy();
    try {
      watchdog.waitFor();
      lifeline.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      LOGGER.debug("Closing a watchdog's pipe: {}", e.toString());
    }
  }
}
