package dev.responder.console.projection;

import dev.responder.console.audit.Anchor;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the latest published head of every chain and incident from the anchors topic. */
public final class AnchorReader {

  private static final Duration POLL = Duration.ofMillis(200);

  private AnchorReader() {}

  public static Collection<Anchor> read(
      AuditTopics topics, String bootstrapServers, KafkaClientSecurity security) {
    String topic = topics.anchors().name();
    Map<String, Anchor> latest = new HashMap<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            security.addTo(
                Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrapServers,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                    false,
                    ConsumerConfig.CLIENT_ID_CONFIG,
                    "responder-audit-anchors")),
            new StringDeserializer(),
            new StringDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(PartitionInfo::partition)
              .map(p -> new TopicPartition(topic, p))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
        for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
          latest.put(record.key(), Anchor.parse(record.key(), record.value()));
        }
      }
    }
    return latest.values();
  }
}
