package dev.responder.app.history;

import dev.responder.ingest.payload.SenderText;
import dev.responder.ingest.publish.DeadLetterHeaders;
import dev.responder.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads {@code responder.alerts.dlq.v1} from its start to its end as of the call: ingest's dead
 * letters (an alert of an accepted request that could not be read, with reason and JSON pointer)
 * and the correlator's (a record it could not decode), newest last.
 */
final class DeadLetters {

  /** One dead letter, its texts as written (print them through {@link SenderText}). */
  record Letter(
      Instant timestamp,
      long offset,
      String source,
      String reason,
      String pointer,
      String element,
      String message,
      String requestId,
      String value) {

    Map<String, Object> toMap() {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("timestamp", timestamp.toString());
      fields.put("offset", offset);
      fields.put("source", source);
      fields.put("reason", reason);
      fields.put("pointer", pointer);
      fields.put("element", element);
      fields.put("message", message);
      fields.put("requestId", requestId);
      fields.put("value", value);
      return fields;
    }
  }

  private DeadLetters() {}

  /** The newest {@code limit} dead letters, oldest first. */
  static List<Letter> read(String bootstrapServers, int limit) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            10_000,
            ConsumerConfig.CLIENT_ID_CONFIG,
            "responder-dead-letters");
    Deque<Letter> newest = new ArrayDeque<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.ALERTS_DLQ.name()).stream()
              .map(info -> new TopicPartition(info.topic(), info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          newest.addLast(letter(record));
          if (newest.size() > limit) {
            newest.removeFirst();
          }
        }
      }
    }
    return List.copyOf(newest);
  }

  private static Letter letter(ConsumerRecord<byte[], byte[]> record) {
    String source = header(record, DeadLetterHeaders.SOURCE);
    String message = header(record, DeadLetterHeaders.MESSAGE);
    return new Letter(
        Instant.ofEpochMilli(record.timestamp()),
        record.offset(),
        source == null ? "correlator" : source,
        header(record, DeadLetterHeaders.REASON),
        header(record, DeadLetterHeaders.POINTER),
        header(record, DeadLetterHeaders.ELEMENT),
        // The correlator's dead letters carry Kafka Streams' own exception message (KIP-1034).
        message == null ? header(record, "__streams.errors.message") : message,
        header(record, DeadLetterHeaders.REQUEST_ID),
        record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8));
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }
}
