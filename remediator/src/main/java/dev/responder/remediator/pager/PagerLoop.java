package dev.responder.remediator.pager;

import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.topics.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pager's consumer loop: incident events and outcomes in, deliveries out, their outcomes
 * published, then the offsets committed, so a crash before the commit delivers again (at least
 * once; the receivers' dedup keys and the pager's memory of delivered keys keep that harmless). A
 * record that cannot be decoded is counted and skipped; a failed round (Kafka down) is retried from
 * the last commit after a pause.
 */
final class PagerLoop implements Runnable {

  private static final Logger LOGGER = LoggerFactory.getLogger(PagerLoop.class);
  private static final Duration AFTER_FAILURE = Duration.ofSeconds(2);

  private final Consumer<String, byte[]> consumer;
  private final Producer<String, RemediationOutcome> producer;
  private final Pager pager;
  private final Counter undecodable;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private volatile boolean running = true;

  PagerLoop(
      Consumer<String, byte[]> consumer,
      Producer<String, RemediationOutcome> producer,
      Pager pager,
      MeterRegistry registry) {
    this.consumer = consumer;
    this.producer = producer;
    this.pager = pager;
    this.undecodable = registry.counter("responder_pager_records_undecodable");
  }

  boolean isRunning() {
    return running;
  }

  @Override
  public void run() {
    try {
      consumer.subscribe(List.of(Topics.INCIDENT_EVENTS.name(), Topics.OUTCOMES.name()));
      while (running) {
        try {
          round();
        } catch (WakeupException | InterruptedException e) {
          throw e;
        } catch (RuntimeException e) {
          LOGGER.warn("Pager round failed; retrying from the last commit in {}", AFTER_FAILURE, e);
          rewind();
          if (stopping.await(AFTER_FAILURE.toMillis(), TimeUnit.MILLISECONDS)) {
            running = false;
          }
        }
      }
    } catch (WakeupException e) {
      LOGGER.info("Pager loop stopping");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOGGER.info("Pager loop interrupted");
    } finally {
      running = false;
      consumer.close();
    }
  }

  private void round() throws InterruptedException {
    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
    List<RemediationOutcome> outcomes = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      outcomes.addAll(process(record));
    }
    outcomes.addAll(pager.tick());
    for (RemediationOutcome outcome : outcomes) {
      producer.send(new ProducerRecord<>(Topics.OUTCOMES.name(), outcome.getIncidentId(), outcome));
    }
    producer.flush();
    if (!records.isEmpty()) {
      consumer.commitSync();
    }
  }

  private List<RemediationOutcome> process(ConsumerRecord<String, byte[]> record)
      throws InterruptedException {
    LOGGER.debug("Record {}-{}@{}", record.topic(), record.partition(), record.offset());
    boolean event = record.topic().equals(Topics.INCIDENT_EVENTS.name());
    Object value;
    try {
      value =
          event
              ? Topics.INCIDENT_EVENTS
                  .values()
                  .deserializer()
                  .deserialize(record.topic(), record.value())
              : Topics.OUTCOMES.values().deserializer().deserialize(record.topic(), record.value());
    } catch (RuntimeException e) {
      value = null;
      LOGGER.warn(
          "Skipping a record the pager cannot read, {}-{}@{}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
    }
    if (value == null) {
      undecodable.increment();
      return List.of();
    }
    return event
        ? pager.onEvent((IncidentEvent) value)
        : pager.onOutcome((RemediationOutcome) value);
  }

  /**
   * Back to the last commit, so the failed round's records are read again (the ones delivered are
   * not sent twice: the pager remembers their keys).
   */
  private void rewind() {
    try {
      consumer
          .committed(consumer.assignment())
          .forEach(
              (partition, offset) -> {
                if (offset != null) {
                  consumer.seek(partition, offset.offset());
                }
              });
    } catch (WakeupException e) {
      throw e;
    } catch (RuntimeException e) {
      // Kafka itself is what failed: after it is back the group resumes from the last commit.
      LOGGER.warn("Could not rewind the pager to its last commit: {}", e.getMessage());
    }
  }

  void stop() {
    running = false;
    stopping.countDown();
    consumer.wakeup();
  }
}
