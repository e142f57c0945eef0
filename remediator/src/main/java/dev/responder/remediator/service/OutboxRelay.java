package dev.responder.remediator.service;

import dev.responder.remediator.adapter.postgres.PostgresOutbox;
import dev.responder.remediator.adapter.postgres.PostgresOutbox.LowWaterMark;
import dev.responder.remediator.adapter.postgres.PostgresOutbox.Pending;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the outbox to Kafka exactly once. Each batch is one Kafka transaction, and its rows are
 * marked published (with the relay's low-water marks) after the commit. A relay that starts, or
 * starts over after a failure, first fences its predecessor (same transactional id: an unfinished
 * transaction is aborted) and reads back from the low-water marks what was committed but never
 * marked, and marks it, so a crash between the commit and the mark publishes nothing twice.
 */
final class OutboxRelay implements AutoCloseable {

  static final String MESSAGE_ID_HEADER = "responder.message-id";

  private static final Logger LOGGER = LoggerFactory.getLogger(OutboxRelay.class);
  private static final Duration READ_BACK_TIMEOUT = Duration.ofSeconds(90);

  /** Where tests inject a crash: after the sends (transaction open), after the commit. */
  enum Checkpoint {
    SENT,
    COMMITTED
  }

  /** Called at each checkpoint; a test throws there as if the process died. */
  @FunctionalInterface
  interface CrashPoint {
    CrashPoint NONE = checkpoint -> {};

    void reached(Checkpoint checkpoint);
  }

  private final PostgresOutbox outbox;
  private final RelayClients clients;
  private final Clock clock;
  private final int batchSize;
  private final CrashPoint crashPoint;
  private final MeterRegistry registry;
  private final OutcomeMeters outcomes;
  private Producer<String, byte[]> producer;
  private KafkaClientMetrics producerMetrics;

  OutboxRelay(
      PostgresOutbox outbox,
      RelayClients clients,
      Clock clock,
      int batchSize,
      CrashPoint crashPoint,
      MeterRegistry registry) {
    this.outbox = outbox;
    this.clients = clients;
    this.clock = clock;
    this.batchSize = batchSize;
    this.crashPoint = crashPoint;
    this.registry = registry;
    this.outcomes = new OutcomeMeters(registry);
  }

  /** Publishes one batch of pending messages; returns how many were published. */
  int publishPending() throws InterruptedException {
    try {
      if (producer == null) {
        producer = clients.transactionalProducer();
        producerMetrics = new KafkaClientMetrics(producer);
        producerMetrics.bindTo(registry);
        producer.initTransactions();
        reconcile();
      }
      return publishBatch();
    } catch (RuntimeException | InterruptedException e) {
      // Whatever state the producer and the rows are in, the next call starts over: fence, read
      // back, mark.
      abandonProducer();
      throw e;
    }
  }

  /** Marks what an earlier relay committed to Kafka but did not live to mark. */
  private void reconcile() throws InterruptedException {
    Set<String> topics = outbox.pendingTopics();
    if (topics.isEmpty()) {
      return;
    }
    Map<TopicPartition, Long> marks = new HashMap<>();
    outbox
        .lowWaterMarks(topics)
        .forEach(m -> marks.put(new TopicPartition(m.topic(), m.partition()), m.nextOffset()));
    ReadBack.Found found = ReadBack.read(clients, topics, marks, READ_BACK_TIMEOUT);
    int marked =
        outbox.markPublishedByMessageId(
            found.messageIds(), lowWaterMarks(found.reached()), clock.instant());
    LOGGER.info(
        "Outbox relay read back {} from {}: {} messages were published but not marked",
        topics,
        marks,
        marked);
  }

  private int publishBatch() throws InterruptedException {
    List<Pending> batch = outbox.pending(batchSize);
    if (batch.isEmpty()) {
      return 0;
    }
    producer.beginTransaction();
    List<Future<RecordMetadata>> sends = new ArrayList<>();
    for (Pending message : batch) {
      sends.add(producer.send(record(message)));
    }
    crashPoint.reached(Checkpoint.SENT);
    producer.commitTransaction();
    // Counted once committed: a failure from here on leaves them on Kafka, and the next relay
    // only marks them.
    batch.forEach(message -> outcomes.published(message.topic(), message.payload()));
    crashPoint.reached(Checkpoint.COMMITTED);
    outbox.markPublished(
        batch.stream().map(Pending::id).toList(), lowWaterMarks(sends), clock.instant());
    LOGGER.debug("Published {} outbox messages", batch.size());
    return batch.size();
  }

  private static ProducerRecord<String, byte[]> record(Pending message) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(message.topic(), message.key(), message.payload());
    record.headers().add(MESSAGE_ID_HEADER, message.messageId().getBytes(StandardCharsets.UTF_8));
    return record;
  }

  /** After a committed batch: per partition, the offset after its last record. */
  private static List<LowWaterMark> lowWaterMarks(List<Future<RecordMetadata>> sends)
      throws InterruptedException {
    Map<TopicPartition, Long> next = new HashMap<>();
    for (Future<RecordMetadata> send : sends) {
      RecordMetadata metadata;
      try {
        metadata = send.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("a committed send failed: " + e.getCause(), e);
      }
      next.merge(
          new TopicPartition(metadata.topic(), metadata.partition()),
          metadata.offset() + 1,
          Math::max);
    }
    return lowWaterMarks(next);
  }

  private static List<LowWaterMark> lowWaterMarks(Map<TopicPartition, Long> offsets) {
    return offsets.entrySet().stream()
        .map(e -> new LowWaterMark(e.getKey().topic(), e.getKey().partition(), e.getValue()))
        .toList();
  }

  private void abandonProducer() {
    closeProducer(Duration.ZERO);
  }

  @Override
  public void close() {
    closeProducer(Duration.ofSeconds(5));
  }

  /** Closes the producer and removes its client metrics, which the next producer registers anew. */
  private void closeProducer(Duration timeout) {
    if (producer != null) {
      producerMetrics.close();
      producer.close(timeout);
      producer = null;
    }
  }
}
