package dev.responder.app.bench;

import dev.responder.schemas.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Kafka's own producer ceiling on the broker ingest writes to: the very records ingest wrote (read
 * back from the alerts topic), sent again by one {@code KafkaProducer} as fast as it takes them,
 * with acks=all, idempotence, and ingest's compression and linger, to a topic with the alerts
 * topic's partitions. What ingest reaches over HTTP is compared with it.
 */
final class ProducerCeiling {

  private ProducerCeiling() {}

  record Result(long records, double seconds, double averageBytes) {
    double perSecond() {
      return records / seconds;
    }
  }

  static Result measure(String bootstrap, String runId, long maxRecords, Duration maxTime)
      throws Exception {
    List<ConsumerRecord<byte[], byte[]>> sample = sample(bootstrap, 10_000);
    if (sample.isEmpty()) {
      throw new IllegalStateException("ingest wrote no record to " + Topics.ALERTS.name());
    }
    double averageBytes =
        sample.stream()
            .mapToLong(r -> r.serializedKeySize() + r.serializedValueSize())
            .average()
            .orElse(0);
    String topic = "responder.bench-ceiling-" + runId + ".v1";
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin
          .createTopics(List.of(new NewTopic(topic, Topics.ALERTS.partitions(), (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true,
            ProducerConfig.COMPRESSION_TYPE_CONFIG,
            "lz4",
            ProducerConfig.LINGER_MS_CONFIG,
            5);
    AtomicLong acknowledged = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
      // Connected, metadata fetched, producer id assigned and JIT warm before the clock starts.
      for (ConsumerRecord<byte[], byte[]> record : sample) {
        producer.send(new ProducerRecord<>(topic, record.key(), record.value()));
      }
      producer.flush();
      long start = System.nanoTime();
      long deadline = start + maxTime.toNanos();
      for (long i = 0; i < maxRecords && System.nanoTime() < deadline; i++) {
        ConsumerRecord<byte[], byte[]> record = sample.get((int) (i % sample.size()));
        producer.send(
            new ProducerRecord<>(topic, record.key(), record.value()),
            (metadata, error) -> (error == null ? acknowledged : failed).incrementAndGet());
      }
      producer.flush();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (failed.get() > 0) {
        throw new IllegalStateException(failed.get() + " records failed at the producer ceiling");
      }
      return new Result(acknowledged.get(), seconds, averageBytes);
    }
  }

  private static List<ConsumerRecord<byte[], byte[]>> sample(String bootstrap, int max) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.GROUP_ID_CONFIG,
            "bench-ceiling-sample",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.ALERTS.name()));
      long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (records.size() < max && System.nanoTime() < giveUp) {
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        if (records.size() >= 1_000) {
          break; // enough to average the size and to cycle through
        }
      }
    }
    return records.size() > max ? records.subList(0, max) : records;
  }
}
