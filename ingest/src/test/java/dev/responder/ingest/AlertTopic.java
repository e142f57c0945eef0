package dev.responder.ingest;

import static org.awaitility.Awaitility.await;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * Reads {@code responder.alerts.v1} from its end at creation, decoding with the shared serde, so a
 * test sees only the records written after it started.
 */
public final class AlertTopic implements AutoCloseable {

  private final KafkaConsumer<String, Alert> consumer;
  private final List<ConsumerRecord<String, Alert>> seen = new ArrayList<>();

  public AlertTopic(String bootstrapServers) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            Topics.ALERTS.keys().deserializer(),
            Topics.ALERTS.values().deserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(Topics.ALERTS.name()).stream()
            .map(info -> new TopicPartition(info.topic(), info.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
  }

  /** Polls until the records seen so far satisfy {@code done}; returns all seen. */
  public List<ConsumerRecord<String, Alert>> awaitRecords(
      Duration atMost, Predicate<List<ConsumerRecord<String, Alert>>> done) {
    await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
              return done.test(seen);
            });
    return List.copyOf(seen);
  }

  /** The records whose request-id header is {@code requestId}. */
  public static List<ConsumerRecord<String, Alert>> ofRequest(
      List<ConsumerRecord<String, Alert>> records, String requestId) {
    return records.stream().filter(r -> requestId.equals(header(r, "request-id"))).toList();
  }

  public static String header(ConsumerRecord<String, Alert> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
