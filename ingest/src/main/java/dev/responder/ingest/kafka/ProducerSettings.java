package dev.responder.ingest.kafka;

import dev.responder.runtime.kafka.KafkaClientSecurity;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.topics.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * How ingest talks to Kafka. Durability is not configurable (acks=all, idempotence on); the waits
 * are, and together they bound how long a request may wait: {@code maxBlock} inside {@code send}
 * plus {@code deliveryTimeout} for the acknowledgement.
 */
public record ProducerSettings(
    String bootstrapServers,
    Duration deliveryTimeout,
    Duration requestTimeout,
    Duration maxBlock,
    Duration linger,
    String compression,
    KafkaClientSecurity security) {

  static final Set<String> COMPRESSIONS = Set.of("none", "gzip", "snappy", "lz4", "zstd");

  /** Settings for a plain-text broker (local mode, tests). */
  public ProducerSettings(
      String bootstrapServers,
      Duration deliveryTimeout,
      Duration requestTimeout,
      Duration maxBlock,
      Duration linger,
      String compression) {
    this(
        bootstrapServers,
        deliveryTimeout,
        requestTimeout,
        maxBlock,
        linger,
        compression,
        KafkaClientSecurity.PLAINTEXT);
  }

  public ProducerSettings {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(security, "security");
    if (bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("Kafka bootstrap servers must not be empty");
    }
    if (!COMPRESSIONS.contains(compression)) {
      throw new IllegalArgumentException(
          "compression must be one of " + COMPRESSIONS + ", was '" + compression + "'");
    }
    if (deliveryTimeout.compareTo(requestTimeout.plus(linger)) < 0) {
      throw new IllegalArgumentException(
          "the delivery timeout ("
              + deliveryTimeout.toMillis()
              + " ms) must be at least the request timeout ("
              + requestTimeout.toMillis()
              + " ms) plus linger ("
              + linger.toMillis()
              + " ms), as the Kafka producer requires");
    }
  }

  /** The longest a request can wait for Kafka before it is answered. */
  public Duration answerBound() {
    return maxBlock.plus(deliveryTimeout);
  }

  /** A producer for {@link Topics#ALERTS} with its serdes, configured as above. */
  public Producer<String, Alert> newProducer() {
    return new KafkaProducer<>(
        producerProperties(),
        Topics.ALERTS.keys().serializer(),
        Topics.ALERTS.values().serializer());
  }

  /** The producer configuration; everything not named here keeps Kafka's default. */
  Map<String, Object> producerProperties() {
    return security.addTo(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ProducerConfig.CLIENT_ID_CONFIG,
            "responder-ingest",
            // Stated explicitly though they are Kafka's defaults: an ack must mean "on every
            // in-sync
            // replica", and broker-side retries must not duplicate or reorder records.
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true,
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
            (int) deliveryTimeout.toMillis(),
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
            (int) requestTimeout.toMillis(),
            ProducerConfig.MAX_BLOCK_MS_CONFIG,
            maxBlock.toMillis(),
            ProducerConfig.LINGER_MS_CONFIG,
            (int) linger.toMillis(),
            ProducerConfig.COMPRESSION_TYPE_CONFIG,
            compression,
            // Reconnect quickly after a broker restart so retried requests land soon.
            ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
            1000));
  }
}
