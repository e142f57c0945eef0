package dev.responder.console.replay;

import dev.responder.console.projection.AuditTopics;
import dev.responder.console.projection.LogPosition;
import dev.responder.console.projection.ProgressListener;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.topics.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the audit topics from offset 0 to the end offsets seen at the start, read-committed. It
 * joins no consumer group and commits nothing: reading leaves no trace on the broker.
 */
public final class LogReader {

  private static final Duration POLL = Duration.ofMillis(200);

  private final AuditTopics topics;
  private final String bootstrapServers;
  private final KafkaClientSecurity security;

  public LogReader(AuditTopics topics, String bootstrapServers, KafkaClientSecurity security) {
    this.topics = topics;
    this.bootstrapServers = bootstrapServers;
    this.security = security;
  }

  public RecordedLog read(ProgressListener progress) {
    try (KafkaConsumer<String, byte[]> consumer =
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
                    2000,
                    ConsumerConfig.CLIENT_ID_CONFIG,
                    "responder-replay")),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      Sink sink = new Sink();
      for (Topic<String, ?> topic :
          List.of(topics.alerts(), topics.commands(), topics.incidentEvents(), topics.outcomes())) {
        readTopic(consumer, topic, sink, progress);
      }
      return new RecordedLog(
          sink.alerts, sink.commands, sink.events, sink.outcomes, sink.undecodable);
    }
  }

  private void readTopic(
      KafkaConsumer<String, byte[]> consumer,
      Topic<String, ?> topic,
      Sink sink,
      ProgressListener progress) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (int p = 0; p < topic.partitions(); p++) {
      partitions.add(new TopicPartition(topic.name(), p));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    long total = end.values().stream().mapToLong(Long::longValue).sum();
    long read = 0;
    while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
      for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
        sink.accept(topic.name(), record);
        read++;
      }
      progress.progress(read, total);
    }
  }

  /** Collects decoded records by topic; undecodable ones are only counted. */
  private final class Sink {
    final List<Recorded<Alert>> alerts = new ArrayList<>();
    final List<Recorded<Command>> commands = new ArrayList<>();
    final List<Recorded<IncidentEvent>> events = new ArrayList<>();
    final List<Recorded<RemediationOutcome>> outcomes = new ArrayList<>();
    long undecodable;

    void accept(String topic, ConsumerRecord<String, byte[]> record) {
      try {
        if (topic.equals(topics.alerts().name())) {
          alerts.add(decode(topics.alerts(), record, Alert::getReceivedAt));
        } else if (topic.equals(topics.commands().name())) {
          commands.add(decode(topics.commands(), record, Command::getIssuedAt));
        } else if (topic.equals(topics.incidentEvents().name())) {
          events.add(decode(topics.incidentEvents(), record, IncidentEvent::getOccurredAt));
        } else {
          outcomes.add(decode(topics.outcomes(), record, RemediationOutcome::getFinishedAt));
        }
      } catch (RuntimeException e) {
        undecodable++;
      }
    }
  }

  private static <V> Recorded<V> decode(
      Topic<String, V> topic, ConsumerRecord<String, byte[]> record, Function<V, Instant> time) {
    V value = topic.values().deserializer().deserialize(topic.name(), record.value());
    return new Recorded<>(
        new LogPosition(record.topic(), record.partition(), record.offset()),
        time.apply(value),
        record.key(),
        value);
  }
}
