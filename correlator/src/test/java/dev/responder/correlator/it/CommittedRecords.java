package dev.responder.correlator.it;

import static org.awaitility.Awaitility.await;

import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.schemas.avro.IncidentEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning as a downstream service would, committed transactions only, and
 * keeps what it has read, so tests can poll it repeatedly inside Awaitility.
 */
final class CommittedRecords<K, V> implements AutoCloseable {

  private final KafkaConsumer<K, V> consumer;
  private final List<ConsumerRecord<K, V>> read = new ArrayList<>();

  CommittedRecords(
      Map<String, Object> client, String topic, Deserializer<K> keys, Deserializer<V> values) {
    Map<String, Object> props = new HashMap<>(client);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumer = new KafkaConsumer<>(props, keys, values);
    // A topic created a moment ago may not be in this client's metadata yet: partitionsFor then
    // answers an empty list, and assigning nothing would make every poll fail.
    List<TopicPartition> partitions =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    consumer.partitionsFor(topic).stream()
                        .map(info -> new TopicPartition(topic, info.partition()))
                        .toList(),
                found -> !found.isEmpty());
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** A reader of a run's incident events, keyed by incident id. */
  static CommittedRecords<String, IncidentEvent> incidentEvents(
      Map<String, Object> client, CorrelatorTopics topics) {
    return new CommittedRecords<>(
        client,
        topics.incidentEvents().name(),
        new StringDeserializer(),
        topics.incidentEvents().values().deserializer());
  }

  /** Everything committed so far. */
  List<ConsumerRecord<K, V>> poll() {
    consumer.poll(Duration.ofMillis(200)).forEach(read::add);
    return List.copyOf(read);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
