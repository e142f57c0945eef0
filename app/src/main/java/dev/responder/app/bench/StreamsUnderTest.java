package dev.responder.app.bench;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * A Kafka Streams application being drained: started, sampled by a counter of records it has
 * processed, and timed by {@link #drain}.
 */
final class StreamsUnderTest implements AutoCloseable {

  private static final long SAMPLE_EVERY_NANOS = 5_000_000;

  private final KafkaStreams streams;
  private final LongSupplier processed;

  StreamsUnderTest(KafkaStreams streams, LongSupplier processed) {
    this.streams = streams;
    this.processed = processed;
  }

  /**
   * Starts the application and samples its progress until {@code records} are processed or {@code
   * cap} has passed since it started processing (start-up is not counted against the cap, but is
   * bounded by a minute).
   */
  DrainCurve drain(long records, Duration cap) throws InterruptedException {
    DrainCurve curve = new DrainCurve();
    streams.start();
    long started = System.nanoTime();
    long firstProcessed = -1;
    while (true) {
      long now = System.nanoTime();
      long done = processed.getAsLong();
      curve.sample(now, done);
      if (done >= records) {
        return curve;
      }
      if (done > 0 && firstProcessed < 0) {
        firstProcessed = now;
      }
      if (firstProcessed > 0 && now - firstProcessed > cap.toNanos()) {
        return curve;
      }
      if (firstProcessed < 0 && now - started > Duration.ofMinutes(1).toNanos()) {
        throw new IllegalStateException("no record processed within a minute; state " + state());
      }
      if (streams.state().hasCompletedShutdown() || streams.state() == KafkaStreams.State.ERROR) {
        throw new IllegalStateException("Kafka Streams stopped: " + state());
      }
      Thread.sleep(SAMPLE_EVERY_NANOS / 1_000_000);
    }
  }

  KafkaStreams.State state() {
    return streams.state();
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(60));
  }
}
