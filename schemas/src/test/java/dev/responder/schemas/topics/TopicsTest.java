package dev.responder.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.schemas.serde.AvroSerde;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

class TopicsTest {

  private static final List<Topic<?, ?>> AUDIT_TOPICS =
      List.of(Topics.ALERTS, Topics.INCIDENT_EVENTS, Topics.OUTCOMES, Topics.COMMANDS);

  @Test
  void shouldNameEveryTopicUniquelyAsResponderNameV1() {
    assertThat(Topics.all()).extracting(Topic::name).doesNotHaveDuplicates();
    assertThat(Topics.all())
        .extracting(Topic::name)
        .allMatch(name -> name.matches("responder\\.[a-z0-9.-]+\\.v1"));
  }

  @Test
  void shouldListTheSevenTopicsOfTheContract() {
    assertThat(Topics.all())
        .extracting(Topic::name)
        .containsExactly(
            "responder.alerts.v1",
            "responder.alerts.dlq.v1",
            "responder.incidents.v1",
            "responder.incident-events.v1",
            "responder.outcomes.v1",
            "responder.commands.v1",
            "responder.audit-anchors.v1");
  }

  @Test
  void shouldCompactTheIncidentTable() {
    assertThat(Topics.INCIDENTS.configs()).containsEntry("cleanup.policy", "compact");
  }

  @Test
  void shouldKeepTheAuditTopicsForever() {
    assertThat(AUDIT_TOPICS)
        .allSatisfy(
            topic ->
                assertThat(topic.configs())
                    .containsEntry("cleanup.policy", "delete")
                    .containsEntry("retention.ms", "-1")
                    .containsEntry("retention.bytes", "-1"));
  }

  @Test
  void shouldBoundTheRetentionOfDeadLetters() {
    assertThat(Long.parseLong(Topics.ALERTS_DLQ.configs().get("retention.ms"))).isPositive();
  }

  @Test
  void shouldCarryAvroValuesOnContractTopicsAndRawBytesOnTheDeadLetterTopic() {
    // The audit anchors are plain text (chain heads), written and read only by the console.
    assertThat(Topics.all())
        .filteredOn(topic -> topic != Topics.ALERTS_DLQ && topic != Topics.AUDIT_ANCHORS)
        .allSatisfy(topic -> assertThat(topic.values()).isInstanceOf(AvroSerde.class));
    assertThat(Topics.ALERTS_DLQ.keys().serializer().serialize("t", new byte[] {1, 2}))
        .containsExactly(1, 2);
    assertThat(Topics.ALERTS_DLQ.values().deserializer().deserialize("t", new byte[] {0}))
        .containsExactly(0);
  }

  @Test
  void shouldNotLetAnyoneChangeATopicsConfigs() {
    assertThat(Topics.all())
        .allSatisfy(
            topic ->
                assertThatThrownBy(() -> topic.configs().put("retention.ms", "1"))
                    .isInstanceOf(UnsupportedOperationException.class));
    assertThatThrownBy(() -> Topics.all().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void shouldFindATopicByItsName() {
    assertThat(Topics.find("responder.incidents.v1")).containsSame(Topics.INCIDENTS);
    assertThat(Topics.find("responder.nothing.v1")).isEmpty();
  }

  @Test
  void shouldRefuseATopicNameOutsideTheConvention() {
    assertThatThrownBy(() -> new Topic<>("alerts", 1, Map.of(), Serdes.String(), Serdes.String()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'alerts' does not follow responder.<name>.v<version>");
  }

  @Test
  void shouldRefuseATopicWithoutPartitions() {
    assertThatThrownBy(
            () -> new Topic<>("responder.x.v1", 0, Map.of(), Serdes.String(), Serdes.String()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one partition");
  }
}
