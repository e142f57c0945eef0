package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.deploy.CustomResources.KafkaTopic;
import dev.responder.schemas.topics.Topic;
import dev.responder.schemas.topics.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Strimzi KafkaTopic resources and the topic catalogue cannot disagree. */
class KafkaTopicsTest {

  private static final Map<String, KafkaTopic> SHIPPED =
      DeployFiles.baseManifests().stream()
          .map(file -> TypedObjects.parse(DeployFiles.document(file)))
          .filter(KafkaTopic.class::isInstance)
          .map(KafkaTopic.class::cast)
          .collect(Collectors.toMap(KafkaTopicsTest::topicName, Function.identity()));

  private static String topicName(KafkaTopic topic) {
    String explicit = topic.getSpec().getTopicName();
    return explicit == null ? topic.getMetadata().getName() : explicit;
  }

  @Test
  void shouldShipOneKafkaTopicPerCatalogueTopic() {
    List<String> catalogue = Topics.all().stream().map(Topic::name).toList();

    assertThat(SHIPPED.keySet()).containsExactlyInAnyOrderElementsOf(catalogue);
  }

  @Test
  void shouldCreateEachTopicWithTheCataloguesPartitionsAndConfigs() {
    for (Topic<?, ?> topic : Topics.all()) {
      KafkaTopic shipped = SHIPPED.get(topic.name());
      Map<String, String> expected = new HashMap<>(topic.configs());
      expected.put("min.insync.replicas", "2");

      assertThat(shipped.getSpec().getPartitions()).as(topic.name()).isEqualTo(topic.partitions());
      assertThat(stringValues(shipped.getSpec().getConfig())).as(topic.name()).isEqualTo(expected);
    }
  }

  @Test
  void shouldReplicateEveryTopicThreeTimesForTheOperatorOfTheResponderCluster() {
    SHIPPED.forEach(
        (name, topic) -> {
          assertThat(topic.getSpec().getReplicas()).as(name).isEqualTo(3);
          assertThat(topic.getMetadata().getLabels())
              .as(name)
              .containsEntry("strimzi.io/cluster", "responder-kafka");
        });
  }

  private static Map<String, String> stringValues(Map<String, Object> config) {
    Map<String, String> values = new HashMap<>();
    config.forEach((key, value) -> values.put(key, String.valueOf(value)));
    return values;
  }
}
