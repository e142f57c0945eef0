package dev.responder.ingest;

import static org.awaitility.Awaitility.await;

import dev.responder.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads {@code responder.alerts.dlq.v1} from its end at creation, raw, as dead letters are. */
final class DeadLetterTopic implements AutoCloseable {

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();

  DeadLetterTopic(String bootstrapServers) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    TopicPartition partition = new TopicPartition(Topics.ALERTS_DLQ.name(), 0);
    consumer.assign(List.of(partition));
    consumer.seekToEnd(List.of(partition));
    consumer.position(partition);
  }

  /** The dead letters of request {@code requestId}, once there are {@code count} of them. */
  List<ConsumerRecord<byte[], byte[]>> awaitLetters(String requestId, int count) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
              return ofRequest(requestId).size() >= count;
            });
    return ofRequest(requestId);
  }

  private List<ConsumerRecord<byte[], byte[]>> ofRequest(String requestId) {
    return seen.stream().filter(r -> requestId.equals(header(r, "request-id"))).toList();
  }

  static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
