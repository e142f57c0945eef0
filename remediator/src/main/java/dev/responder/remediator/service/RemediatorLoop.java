package dev.responder.remediator.service;

import dev.responder.remediator.engine.Remediator;
import dev.responder.schemas.topics.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * outbox. A record that cannot be decoded is logged and skipped; one whose processing fails is
 * retried from its offset after a pause, never skipped.
 */
final class RemediatorLoop implements Runnable {

  private static final Logger LOGGER = LoggerFactory.getLogger(RemediatorLoop.class);
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

  private final Consumer<String, byte[]> consumer;
  private final Remediator remediator;
  private final OutboxRelay relay;
  private final Counter processed;
  private final Counter undecodable;
  private final Counter failures;
  private volatile boolean running = true;
  private volatile boolean polled;

  RemediatorLoop(
      Consumer<String, byte[]> consumer,
      Remediator remediator,
      OutboxRelay relay,
      MeterRegistry registry) {
    this.consumer = consumer;
    this.remediator = remediator;
    this.relay = relay;
    this.processed = registry.counter("responder_remediator_records_processed");
    this.undecodable = registry.counter("responder_remediator_records_undecodable");
    this.failures = registry.counter("responder_remediator_processing_failures");
  }

  boolean isRunning() {
    return running;
  }

  boolean hasPolled() {
    return polled;
  }

  @Override
  public void run() {
    try {
      int reconciled = remediator.reconcile();
      LOGGER.info("Reconciled {} INTENT rows left by an earlier run", reconciled);
      consumer.subscribe(List.of(Topics.INCIDENT_EVENTS.name(), Topics.COMMANDS.name()));
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (!process(record)) {
            break;
          }
        }
        polled = true;
        remediator.tick();
        while (relay.publishPending() > 0) {
          // drain the outbox before the next poll
        }
      }
    } catch (WakeupException e) {
      LOGGER.info("Remediator loop stopping");
    } catch (Exception e) {
      LOGGER.error("Remediator loop failed; the process must be restarted", e);
    } finally {
      running = false;
      consumer.close();
    }
  }

  /** Processes one record; false when it failed and was rewound for a retry. */
  private boolean process(ConsumerRecord<String, byte[]> record) throws InterruptedException {
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    try {
      dispatch(record);
      processed.increment();
    } catch (DecodeFailure e) {
      undecodable.increment();
      LOGGER.warn(
          "Skipping undecodable record {}-{}@{}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
    } catch (RuntimeException e) {
      failures.increment();
      LOGGER.warn(
          "Processing {}-{}@{} failed; retrying from it",
          record.topic(),
          record.partition(),
          record.offset(),
          e);
      consumer.seek(partition, record.offset());
      Thread.sleep(RETRY_PAUSE.toMillis());
      return false;
    }
    consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
    return true;
  }

  private void dispatch(ConsumerRecord<String, byte[]> record) {
    LOGGER.debug("Record {}-{}@{}", record.topic(), record.partition(), record.offset());
    if (record.topic().equals(Topics.INCIDENT_EVENTS.name())) {
      remediator.onIncidentEvent(
          decode(
              () ->
                  Topics.INCIDENT_EVENTS
                      .values()
                      .deserializer()
                      .deserialize(record.topic(), record.value())));
    } else {
      remediator.onCommand(
          decode(
              () ->
                  Topics.COMMANDS
                      .values()
                      .deserializer()
                      .deserialize(record.topic(), record.value())));
    }
  }

  private static <T> T decode(java.util.function.Supplier<T> decoder) {
    try {
      T value = decoder.get();
      if (value == null) {
        throw new DecodeFailure("empty record");
      }
      return value;
    } catch (DecodeFailure e) {
      throw e;
    } catch (RuntimeException e) {
      throw new DecodeFailure(e.getMessage());
    }
  }

  void stop() {
    running = false;
    consumer.wakeup();
  }

  /** A record's bytes are not a readable event or command. */
  private static final class DecodeFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DecodeFailure(String message) {
      super(message);
    }
  }
}
