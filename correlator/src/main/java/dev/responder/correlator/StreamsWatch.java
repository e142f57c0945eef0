package dev.responder.correlator;

import dev.responder.runtime.http.Liveness;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the correlator's Kafka Streams client: decides what an error no handler took does to it
 * (shut it down), answers {@code /livez} from its state, and completes {@link #stoppedByItself()}
 * with a one-line reason when it stopped without being asked to, so the process can exit and be
 * restarted instead of answering while no alert is correlated.
 */
final class StreamsWatch implements StreamsUncaughtExceptionHandler, KafkaStreams.StateListener {

  private static final Logger LOGGER = LoggerFactory.getLogger(StreamsWatch.class);

  /** States in which no stream thread works, nor will again without a new client. */
  private static final Set<State> STOPPED =
      EnumSet.of(State.PENDING_ERROR, State.ERROR, State.NOT_RUNNING);

  private final CompletableFuture<String> stoppedByItself = new CompletableFuture<>();
  private volatile boolean stopRequested;
  private volatile Throwable error;

  /**
   * Shuts the whole client down on an error that reached Streams' last handler. Not REPLACE_THREAD:
   * under exactly-once the failed task's transaction is aborted and the new thread reprocesses the
   * same record, so a deterministic failure (a bug, or a record the topology cannot handle) would
   * loop forever behind a live-looking pod. Undecodable records never get here (they go to the
   * dead-letter topic), so what does is not routine; a stopped client fails {@code /livez} and
   * exits the process, and a restart both heals a transient cause and makes a persistent one
   * visible (CrashLoopBackOff). Not SHUTDOWN_APPLICATION: that would also stop healthy instances.
   */
  @Override
  public StreamThreadExceptionResponse handle(Throwable exception) {
    error = exception;
    LOGGER.error(
        "Kafka Streams failed; shutting the client down: {}", oneLine(exception), exception);
    return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
  }

  @Override
  public void onChange(State newState, State oldState) {
    if (newState == State.ERROR || (newState == State.NOT_RUNNING && !stopRequested)) {
      stoppedByItself.complete(reason(newState));
    }
  }

  /** Called before the client is closed on purpose: a shutdown then is no failure. */
  void stopRequested() {
    stopRequested = true;
  }

  /** Completes with the reason once the client stopped without being asked to; never otherwise. */
  CompletionStage<String> stoppedByItself() {
    return stoppedByItself;
  }

  /** What {@code /livez} answers while the client is in {@code state}. */
  Liveness liveness(State state) {
    return liveness(state, stopRequested);
  }

  static Liveness liveness(State state, boolean stopRequested) {
    if (STOPPED.contains(state) && !stopRequested) {
      return Liveness.dead("Kafka Streams is " + state + ": the correlator processes nothing");
    }
    return Liveness.ALIVE;
  }

  private String reason(State state) {
    Throwable cause = error;
    return cause == null
        ? "Kafka Streams stopped (" + state + ") though it was not asked to"
        : "Kafka Streams stopped (" + state + "): " + oneLine(cause);
  }

  /**
   * The error on one line: where Streams says it happened (its message, without the stack trace it
   * appends) and the root cause.
   */
  static String oneLine(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String where = String.valueOf(error.getMessage());
    int trace = where.indexOf(", stacktrace=");
    where = trace < 0 ? where : where.substring(0, trace);
    String line = root == error ? error.toString() : where + " caused by " + root;
    return line.replaceAll("\\s+", " ").trim();
  }
}
