package dev.responder.console.projection;

import dev.responder.console.audit.ChainHead;
import dev.responder.console.audit.ChainRow;
import dev.responder.console.audit.HashChain;
import dev.responder.console.audit.IncidentDigest;
import dev.responder.console.audit.IncidentRow;
import dev.responder.console.audit.LogComparison;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Projects the log again, in memory, exactly as the projection does (same decoding, chains, hashes
 * and incident rule), up to the positions the database says it has reached, for {@code audit verify
 * --against-log}. Reads from offset 0 without a consumer group; writes nothing. Memory and time
 * grow with the log.
 */
public final class LogRecomputation {

  private static final Duration POLL = Duration.ofMillis(200);

  private final AuditTopics topics;
  private final String bootstrapServers;
  private final KafkaClientSecurity security;

  public LogRecomputation(
      AuditTopics topics, String bootstrapServers, KafkaClientSecurity security) {
    this.topics = topics;
    this.bootstrapServers = bootstrapServers;
    this.security = security;
  }

  /**
   * The projection the log gives for every partition up to (not including) the offset {@code upTo}
   * names; a partition it does not name is not read.
   */
  public LogComparison.Projected recompute(Map<PartitionRef, Long> upTo) {
    RecordDecoder decoder = new RecordDecoder(topics);
    Map<String, ChainHead> heads = new LinkedHashMap<>();
    List<ChainRow> rows = new ArrayList<>();
    Map<String, IncidentRow> incidents = new LinkedHashMap<>();
    try (KafkaConsumer<String, byte[]> consumer = consumer()) {
      for (Map.Entry<PartitionRef, Long> entry : upTo.entrySet()) {
        if (!decoder.reads(entry.getKey().topic())) {
          continue;
        }
        TopicPartition partition =
            new TopicPartition(entry.getKey().topic(), entry.getKey().partition());
        for (ConsumerRecord<String, byte[]> record : read(consumer, partition, entry.getValue())) {
          LogPosition position =
              new LogPosition(record.topic(), record.partition(), record.offset());
          ProjectedRecord projected =
              decoder.decode(position, record.key(), record.value(), record.timestamp());
          if (projected.kind() == RecordKind.INCIDENT_STATE) {
            IncidentRow row = IncidentRow.of(position, projected.content());
            IncidentRow current = incidents.get(row.incidentId());
            if (current == null || current.revision() <= row.revision()) {
              incidents.put(row.incidentId(), row);
            }
          } else {
            ChainHead previous =
                heads.getOrDefault(
                    projected.chain(), new ChainHead(projected.chain(), 0, HashChain.GENESIS));
            ChainRow row = ChainRow.append(previous.seq(), previous.hash(), projected);
            rows.add(row);
            heads.put(row.chain(), new ChainHead(row.chain(), row.seq(), row.hash()));
          }
        }
      }
    }
    if (!incidents.isEmpty()) {
      heads.put(
          IncidentDigest.CHAIN,
          new ChainHead(
              IncidentDigest.CHAIN,
              incidents.size(),
              IncidentDigest.of(incidents.values().stream().map(IncidentRow::hash).toList())));
    }
    return new LogComparison.Projected(rows, List.copyOf(incidents.values()), heads);
  }

  private static List<ConsumerRecord<String, byte[]>> read(
      KafkaConsumer<String, byte[]> consumer, TopicPartition partition, long upTo) {
    consumer.assign(List.of(partition));
    consumer.seekToBeginning(List.of(partition));
    long end = Math.min(upTo, consumer.endOffsets(List.of(partition)).get(partition));
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    while (consumer.position(partition) < end) {
      for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
        if (record.offset() < upTo) {
          records.add(record);
        }
      }
    }
    return records;
  }

  private KafkaConsumer<String, byte[]> consumer() {
    Map<String, Object> properties = new HashMap<>();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
    properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "responder-audit-verify");
    return new KafkaConsumer<>(
        security.addTo(properties), new StringDeserializer(), new ByteArrayDeserializer());
  }
}
