package dev.responder.ingest.kafka;

import dev.responder.runtime.kafka.KafkaClientSecurity;
import dev.responder.schemas.topics.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * How ingest talks to Kafka. Durability is not configurable (acks=all, idempotence on); the waits
 * are, and together they bound how long a request may wait: {@code maxBlock} for all of its sends
 * plus {@code deliveryTimeout} for the acknowledgement.
 *
 * @param bufferMemory bytes the producer may hold unsent ({@code buffer.memory})
 */
public record ProducerSettings(
    String bootstrapServers,
    Duration deliveryTimeout,
    Duration requestTimeout,
    Duration maxBlock,
    Duration linger,
    String compression,
    long bufferMemory,
    KafkaClientSecurity security) {

  /** Kafka's default {@code buffer.memory}: 32 MiB. */
  public static final long DEFAULT_BUFFER_MEMORY = 32L << 20;

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
        DEFAULT_BUFFER_MEMORY,
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

  /**
   * A producer of raw records, configured as above: alerts (serialised with {@link Topics#ALERTS}'s
   * serdes by the publisher) and dead letters share it, and so its batches.
   */
  public Producer<byte[], byte[]> newProducer() {
    return new KafkaProducer<>(
        producerProperties(), new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** The producer configuration; everything not named here keeps Kafka's default. */
  Map<String, Object> producerProperties() {
    return security.addTo(
        Map.ofEntries(
            Map.entry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            Map.entry(ProducerConfig.CLIENT_ID_CONFIG, "responder-ingest"),
            // Stated explicitly though they are Kafka's defaults: an ack must mean "on every
            // in-sync
            // replica", and broker-side retries must not duplicate or reorder records.
            Map.entry(ProducerConfig.ACKS_CONFIG, "all"),
            Map.entry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
            Map.entry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis()),
            Map.entry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestTimeout.toMillis()),
            Map.entry(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlock.toMillis()),
            // Requests in flight together share batches: a record waits at most linger for others
            // to
            // join it, and every record is sent as soon as a batch is full or lingered (no flush
            // per
            // request, which would send each request's records alone).
            Map.entry(ProducerConfig.LINGER_MS_CONFIG, (int) linger.toMillis()),
            Map.entry(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression),
            Map.entry(ProducerConfig.BUFFER_MEMORY_CONFIG, bufferMemory),
            // Reconnect quickly after a broker restart so retried requests land soon.
            Map.entry(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000)));
  }
}
