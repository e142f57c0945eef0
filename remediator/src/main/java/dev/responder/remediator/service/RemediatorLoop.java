package dev.responder.remediator.service;

import dev.responder.remediator.engine.Remediator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer loop: reconcile what a crash left, then for each incident event or command run the
 * engine and commit its offset, tick the clocks (approval expiry, due verifications) and relay the
 * outbox. A record that cannot be decoded is logged and skipped. When the work fails (the ledger
 * database or Kafka is down, say), the loop is not ready, waits with exponential backoff and tries
 * again from where it was: a failed record is retried from its offset, never skipped.
 */
final class RemediatorLoop implements Runnable {

  private static final Logger LOGGER = LoggerFactory.getLogger(RemediatorLoop.class);

  private final Consumer<String, byte[]> consumer;
  private final Remediator remediator;
  private final OutboxDrain drain;
  private final FailureStreak streak;
  private final RecordDispatcher dispatcher;
  private final Counter processed;
  private final Counter undecodable;
  private final Counter failures;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private volatile boolean running = true;
  private volatile boolean polled;
  private volatile boolean failing;
  private boolean reconciled;

  RemediatorLoop(
      Consumer<String, byte[]> consumer,
      Remediator remediator,
      OutboxRelay relay,
      FailureStreak streak,
      MeterRegistry registry) {
    this.consumer = consumer;
    this.remediator = remediator;
    this.drain = new OutboxDrain(relay::publishPending, OutboxDrain.BUDGET, System::nanoTime);
    this.streak = streak;
    this.dispatcher = new RecordDispatcher(remediator);
    this.processed = registry.counter("responder_remediator_records_processed");
    this.undecodable = registry.counter("responder_remediator_records_undecodable");
    this.failures = registry.counter("responder_remediator_processing_failures");
    registry.gauge("responder_remediator_failing", this, loop -> loop.failing ? 1 : 0);
  }

  boolean isRunning() {
    return running;
  }

  /** Ready: reconciled, polled at least once, and the last round of work succeeded. */
  boolean isReady() {
    return running && polled && !failing;
  }

  @Override
  public void run() {
    try {
      while (running) {
        try {
          round();
          if (streak.isFailing()) {
            LOGGER.info("Remediator loop recovered after {} failed tries", streak.failures());
          }
          streak.succeeded();
          failing = false;
        } catch (WakeupException e) {
          throw e;
        } catch (RuntimeException e) {
          backOff(e);
        }
      }
    } catch (WakeupException e) {
      LOGGER.info("Remediator loop stopping");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOGGER.info("Remediator loop interrupted");
    } finally {
      running = false;
      consumer.close();
    }
  }

  /** One round: reconcile once, then poll and process, tick, drain the outbox (time-boxed). */
  private void round() throws InterruptedException {
    if (!reconciled) {
      int found = remediator.reconcile();
      LOGGER.info("Reconciled {} INTENT rows left by an earlier run", found);
      consumer.subscribe(RemediatorKafka.CONSUMED);
      reconciled = true;
    }
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    consumer.poll(Duration.ofMillis(200)).forEach(records::add);
    for (int i = 0; i < records.size(); i++) {
      try {
        process(records.get(i));
      } catch (RuntimeException e) {
        rewind(records.subList(i, records.size()));
        ConsumerRecord<String, byte[]> failed = records.get(i);
        throw new IllegalStateException(
            "processing %s-%d@%d failed; it is retried from there"
                .formatted(failed.topic(), failed.partition(), failed.offset()),
            e);
      }
    }
    polled = true;
    remediator.tick();
    drain.drain();
  }

  private void backOff(RuntimeException e) throws InterruptedException {
    failing = true;
    failures.increment();
    Duration delay = streak.failed();
    LOGGER.warn(
        "Remediator loop failed (try {}); not ready, trying again in {}",
        streak.failures(),
        delay,
        e);
    if (stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
      running = false;
    }
  }

  /** Processes one record and commits past it; an undecodable one is counted and skipped. */
  private void process(ConsumerRecord<String, byte[]> record) {
    try {
      dispatcher.dispatch(record);
      processed.increment();
    } catch (RecordDispatcher.DecodeFailure e) {
      undecodable.increment();
      LOGGER.warn(
          "Skipping undecodable record {}-{}@{}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
    }
    consumer.commitSync(
        Map.of(
            new TopicPartition(record.topic(), record.partition()),
            new OffsetAndMetadata(record.offset() + 1)));
  }

  /**
   * Points every partition back at its first unprocessed record, so the next poll resumes there.
   */
  private void rewind(List<ConsumerRecord<String, byte[]>> unprocessed) {
    Map<TopicPartition, Long> first = new LinkedHashMap<>();
    unprocessed.forEach(
        r -> first.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset()));
    first.forEach(consumer::seek);
  }

  void stop() {
    running = false;
    stopping.countDown();
    consumer.wakeup();
  }
}
