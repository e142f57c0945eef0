package dev.responder.remediator.service;

import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka clients of the outbox relay. Every relay of one deployment shares {@code
 * transactionalId}, so a starting relay fences the one before it (a crashed process, or the old pod
 * of a rolling update) and aborts its unfinished transaction.
 */
record RelayClients(String bootstrapServers, String transactionalId, KafkaClientSecurity security) {

  /** Clients of a plain-text broker (tests). */
  RelayClients(String bootstrapServers, String transactionalId) {
    this(bootstrapServers, transactionalId, KafkaClientSecurity.PLAINTEXT);
  }

  Producer<String, byte[]> transactionalProducer() {
    return new KafkaProducer<>(
        security.addTo(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                transactionalId,
                ProducerConfig.CLIENT_ID_CONFIG,
                transactionalId)),
        new StringSerializer(),
        new ByteArraySerializer());
  }

  /** A consumer without a group that sees committed records only. */
  Consumer<String, byte[]> readCommittedConsumer() {
    return new KafkaConsumer<>(
        security.addTo(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.CLIENT_ID_CONFIG,
                transactionalId + "-read-back")),
        new StringDeserializer(),
        new ByteArrayDeserializer());
  }

  Admin admin() {
    return Admin.create(
        security.addTo(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                transactionalId + "-admin")));
  }
}
