package dev.responder.app.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Runs the ordered stop on SIGTERM and SIGINT (Ctrl-C) before the JVM begins its shutdown. Left to
 * the JVM, every shutdown hook runs at once, and embedded-redis registers one of its own that kills
 * Redis while the services still use it; handling the signal first lets local mode stop services,
 * then the simulator, then the infrastructure, and only then exit. {@code sun.misc.Signal} is the
 * JDK's supported-but-unofficial API for this (module jdk.unsupported; Kafka uses it too). Where it
 * is unavailable, the shutdown hooks remain the fallback.
 */
final class StopSignals {

  private static final Logger LOGGER = LoggerFactory.getLogger(StopSignals.class);

  private StopSignals() {}

  /** {@code action}, run the first time only, whichever thread calls it and however often. */
  static Runnable once(Runnable action) {
    return new Once(action);
  }

  /**
   * On SIGTERM or SIGINT: runs {@code stop} (make it {@link #once}), then exits with {@code
   * status}.
   */
  static void onStop(Runnable stop, int status) {
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(
            new Signal(name),
            signal -> {
              LOGGER.info("local: SIG{} received, stopping", name);
              stop.run();
              System.exit(status);
            });
      } catch (IllegalArgumentException | UnsupportedOperationException e) {
        LOGGER.debug("cannot handle SIG{} here; the shutdown hook will stop local mode", name);
      }
    }
  }

  /** A runnable that runs its action the first time only, whichever thread calls it. */
  private static final class Once implements Runnable {
    private final Runnable action;
    private boolean done;

    Once(Runnable action) {
      this.action = action;
    }

    @Override
    public synchronized void run() {
      if (!done) {
        done = true;
        action.run();
      }
    }
  }
}
