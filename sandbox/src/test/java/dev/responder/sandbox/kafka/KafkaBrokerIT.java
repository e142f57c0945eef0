package dev.responder.sandbox.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.topics.Topic;
import dev.responder.schemas.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class KafkaBrokerIT {

  private final KafkaBroker kafka;

  KafkaBrokerIT(KafkaBroker kafka) {
    this.kafka = kafka;
  }

  @Test
  void shouldDeliverRecordsFromAnIdempotentAcksAllProducerToAConsumer() throws Exception {
    // given
    String key = "alert-" + UUID.randomUUID();
    try (KafkaProducer<String, String> producer = producer()) {
      // when
      RecordMetadata sent =
          producer
              .send(new ProducerRecord<>(Topics.ALERTS.name(), key, "fired"))
              .get(30, TimeUnit.SECONDS);

      // then
      assertThat(sent.hasOffset()).isTrue();
    }
    assertThat(consumeUntilKey(Topics.ALERTS.name(), key))
        .extracting(ConsumerRecord::value)
        .isEqualTo("fired");
  }

  @Test
  void shouldCreateEveryCatalogueTopicWithItsPartitionsAndConfigs() throws Exception {
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      // when
      List<String> names = Topics.all().stream().map(Topic::name).toList();
      Map<String, TopicDescription> descriptions =
          admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
      Map<ConfigResource, Config> configs =
          admin
              .describeConfigs(
                  names.stream()
                      .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name))
                      .toList())
              .all()
              .get(30, TimeUnit.SECONDS);

      // then
      for (Topic<?, ?> topic : Topics.all()) {
        assertThat(descriptions.get(topic.name()).partitions())
            .as("partitions of %s", topic.name())
            .hasSize(topic.partitions());
        Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()));
        topic
            .configs()
            .forEach(
                (name, value) ->
                    assertThat(config.get(name).value())
                        .as("%s of %s", name, topic.name())
                        .isEqualTo(value));
      }
      Config incidents =
          configs.get(new ConfigResource(ConfigResource.Type.TOPIC, Topics.INCIDENTS.name()));
      assertThat(incidents.get("cleanup.policy").value()).isEqualTo("compact");
    }
  }

  @Test
  void shouldLetClientsRecoverWhenTheBrokerComesBackAfterAnOutage() throws Exception {
    // given
    String key = "outage-" + UUID.randomUUID();
    try (KafkaProducer<String, String> producer = producer()) {
      producer.send(new ProducerRecord<>(Topics.COMMANDS.name(), key, "before")).get();

      // when
      kafka.stop();
      assertThat(kafka.isRunning()).isFalse();
      kafka.start();

      // then
      assertThat(kafka.isRunning()).isTrue();
      producer
          .send(new ProducerRecord<>(Topics.COMMANDS.name(), key, "after"))
          .get(60, TimeUnit.SECONDS);
    }
    assertThat(consumeValues(Topics.COMMANDS.name(), key, 2)).containsExactly("before", "after");
  }

  private KafkaProducer<String, String> producer() {
    Map<String, Object> props = new HashMap<>(kafka.clientProperties());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
    return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  private ConsumerRecord<String, String> consumeUntilKey(String topic, String key) {
    List<ConsumerRecord<String, String>> found = consume(topic, key, 1);
    return found.get(0);
  }

  private List<String> consumeValues(String topic, String key, int count) {
    return consume(topic, key, count).stream()
        .map(ConsumerRecord::value)
        .collect(Collectors.toList());
  }

  private List<ConsumerRecord<String, String>> consume(String topic, String key, int count) {
    Map<String, Object> props = new HashMap<>(kafka.clientProperties());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "sandbox-it-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<String, String>> matching = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer
                    .poll(Duration.ofMillis(200))
                    .forEach(
                        record -> {
                          if (key.equals(record.key())) {
                            matching.add(record);
                          }
                        });
                return matching.size() >= count;
              });
    }
    return matching;
  }
}
