package dev.responder.console.projection;

import dev.responder.console.audit.Anchor;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes the heads a committed batch moved to the anchors topic and waits for the broker's
 * acknowledgement, so the next batch starts only once its predecessor's heads are outside the
 * database. A failure stops the projection (the rows stay; see docs/audit.md for the gap).
 */
final class AnchorPublisher implements AutoCloseable {

  private final String topic;
  private final KafkaProducer<String, String> producer;

  AnchorPublisher(String topic, String bootstrapServers, KafkaClientSecurity security) {
    this.topic = topic;
    this.producer =
        new KafkaProducer<>(
            security.addTo(
                Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrapServers,
                    ProducerConfig.ACKS_CONFIG,
                    "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                    true,
                    ProducerConfig.CLIENT_ID_CONFIG,
                    "responder-projection-anchors")),
            new StringSerializer(),
            new StringSerializer());
  }

  void publish(List<Anchor> anchors) {
    if (anchors.isEmpty()) {
      return;
    }
    List<Future<RecordMetadata>> sent =
        anchors.stream()
            .map(anchor -> producer.send(new ProducerRecord<>(topic, anchor.key(), anchor.value())))
            .toList();
    try {
      for (Future<RecordMetadata> acknowledgement : sent) {
        acknowledgement.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing audit anchors to " + topic, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "could not publish audit anchors to " + topic + ": " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
