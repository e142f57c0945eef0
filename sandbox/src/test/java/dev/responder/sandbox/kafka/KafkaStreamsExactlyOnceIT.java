package dev.responder.sandbox.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.sandbox.support.TempDirectories;
import dev.responder.schemas.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class KafkaStreamsExactlyOnceIT {

  @Test
  void shouldCountAlertsByKeyExactlyOnceInAPersistentRocksDbStore(KafkaBroker kafka)
      throws Exception {
    // given
    String run = UUID.randomUUID().toString().substring(0, 8);
    String output = "sandbox-it.alert-counts." + run;
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      admin.createTopics(List.of(new NewTopic(output, 1, (short) 1))).all().get();
    }
    String checkout = "checkout-" + run;
    String payments = "payments-" + run;
    Path stateDir = TempDirectories.create("streams-it");
    try (KafkaStreams streams = countingApp(kafka, output, stateDir, run)) {
      streams.start();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> streams.state() == KafkaStreams.State.RUNNING);

      // when
      try (KafkaProducer<String, String> producer = producer(kafka)) {
        for (String key : List.of(checkout, payments, checkout, checkout)) {
          producer.send(new ProducerRecord<>(Topics.ALERTS.name(), key, "firing")).get();
        }
      }

      // then
      Map<String, Long> latest = new HashMap<>();
      try (KafkaConsumer<String, Long> consumer = readCommitted(kafka, output)) {
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> {
                  consumer
                      .poll(Duration.ofMillis(200))
                      .forEach(r -> latest.put(r.key(), r.value()));
                  return latest.equals(Map.of(checkout, 3L, payments, 1L));
                });
      }
      assertThat(latest).containsExactlyInAnyOrderEntriesOf(Map.of(checkout, 3L, payments, 1L));
    } finally {
      TempDirectories.delete(stateDir);
    }
  }

  private static KafkaStreams countingApp(
      KafkaBroker kafka, String output, Path stateDir, String run) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(Topics.ALERTS.name(), Consumed.with(Serdes.String(), Serdes.String()))
        .groupByKey()
        .count(
            Materialized.<String, Long>as(Stores.persistentKeyValueStore("alert-counts"))
                .withKeySerde(Serdes.String())
                .withValueSerde(Serdes.Long()))
        .toStream()
        .to(output, Produced.with(Serdes.String(), Serdes.Long()));
    Properties props = new Properties();
    props.putAll(kafka.clientProperties());
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sandbox-it-counts-" + run);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "latest");
    return new KafkaStreams(builder.build(), props);
  }

  private static KafkaProducer<String, String> producer(KafkaBroker kafka) {
    Map<String, Object> props = new HashMap<>(kafka.clientProperties());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  private static KafkaConsumer<String, Long> readCommitted(KafkaBroker kafka, String topic) {
    Map<String, Object> props = new HashMap<>(kafka.clientProperties());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "sandbox-it-reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    KafkaConsumer<String, Long> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new LongDeserializer());
    consumer.subscribe(List.of(topic));
    return consumer;
  }
}
