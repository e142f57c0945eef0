package dev.responder.console.projection;

import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every partition of the {@link AuditTopics} from the positions the store saved (no consumer
 * group: the positions live in PostgreSQL with the rows) and appends each polled batch. {@link
 * #catchUp} stops at the end offsets seen when it starts; {@link #follow} keeps going.
 */
public final class Projector implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(Projector.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaConsumer<String, byte[]> consumer;
  private final RecordDecoder decoder;
  private final ProjectionStore store;
  private final List<TopicPartition> partitions;
  private final AnchorPublisher anchors;

  public Projector(
      AuditTopics topics,
      String bootstrapServers,
      KafkaClientSecurity security,
      ProjectionStore store) {
    this.consumer =
        new KafkaConsumer<>(
            security.addTo(
                Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrapServers,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                    "read_committed",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                    false,
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                    1000,
                    ConsumerConfig.CLIENT_ID_CONFIG,
                    "responder-projection")),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    this.anchors = new AnchorPublisher(topics.anchors().name(), bootstrapServers, security);
    this.decoder = new RecordDecoder(topics);
    this.store = store;
    this.partitions = new ArrayList<>();
    topics
        .projected()
        .forEach(
            topic -> {
              for (int p = 0; p < topic.partitions(); p++) {
                partitions.add(new TopicPartition(topic.name(), p));
              }
            });
  }

  /**
   * Projects everything written before this call.
   *
   * @param progress told the number of records read so far and the number to read in all
   * @return how many rows were new
   */
  public long catchUp(ProgressListener progress) throws SQLException {
    seekToSavedPositions();
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    long total = remaining(end);
    long read = 0;
    long added = 0;
    while (!reached(end)) {
      ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
      read += records.count();
      added += append(records);
      progress.progress(read, total);
    }
    LOGGER.info("projection caught up: {} records read, {} rows added", read, added);
    return added;
  }

  /** Projects until {@code stop} answers true, batch after batch, telling {@code status}. */
  public void follow(BooleanSupplier stop, ProjectionStatus status) throws SQLException {
    seekToSavedPositions();
    while (!stop.getAsBoolean()) {
      ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
      append(records);
      status.polled(records.count(), lag());
    }
  }

  /** Records behind the log end, from the last fetch (no broker call); -1 before the first. */
  private long lag() {
    long lag = 0;
    for (TopicPartition partition : partitions) {
      OptionalLong behind = consumer.currentLag(partition);
      if (behind.isEmpty()) {
        return -1;
      }
      lag += behind.getAsLong();
    }
    return lag;
  }

  private void seekToSavedPositions() throws SQLException {
    Map<PartitionRef, Long> saved = store.positions();
    consumer.assign(partitions);
    for (TopicPartition partition : partitions) {
      Long next = saved.get(new PartitionRef(partition.topic(), partition.partition()));
      if (next == null) {
        consumer.seekToBeginning(List.of(partition));
      } else {
        consumer.seek(partition, next);
      }
    }
  }

  private long remaining(Map<TopicPartition, Long> end) {
    return end.entrySet().stream()
        .mapToLong(e -> Math.max(0, e.getValue() - consumer.position(e.getKey())))
        .sum();
  }

  private boolean reached(Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }

  private int append(ConsumerRecords<String, byte[]> records) throws SQLException {
    if (records.isEmpty()) {
      return 0;
    }
    List<ProjectedRecord> batch = new ArrayList<>(records.count());
    Map<PartitionRef, Long> next = new HashMap<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      LogPosition position = new LogPosition(record.topic(), record.partition(), record.offset());
      batch.add(decoder.decode(position, record.key(), record.value(), record.timestamp()));
      next.merge(
          new PartitionRef(record.topic(), record.partition()), record.offset() + 1, Math::max);
      LOGGER.debug("projecting {}", position);
    }
    // Transaction markers occupy offsets too: save the consumer's position, not last offset + 1.
    for (TopicPartition partition : records.partitions()) {
      next.put(
          new PartitionRef(partition.topic(), partition.partition()), consumer.position(partition));
    }
    ProjectionStore.Appended appended = store.append(batch, next);
    // Published only once committed: an anchor must never vouch for a row the database lacks.
    anchors.publish(appended.anchors());
    return appended.added();
  }

  @Override
  public void close() {
    try (anchors) {
      consumer.close();
    }
  }
}
