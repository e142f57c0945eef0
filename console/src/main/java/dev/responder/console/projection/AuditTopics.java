package dev.responder.console.projection;

import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.runtime.kafka.KafkaAccess;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.topics.Topic;
import dev.responder.schemas.topics.Topics;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The topics the projection and replay read: the four append-only audit topics and the compacted
 * incident table. Production uses the shared catalogue; tests use the same shapes under names of
 * their own ({@link #named}) so runs sharing one broker do not see each other's records.
 */
public record AuditTopics(
    Topic<String, Alert> alerts,
    Topic<String, Command> commands,
    Topic<String, IncidentEvent> incidentEvents,
    Topic<String, RemediationOutcome> outcomes,
    Topic<String, Incident> incidents,
    String deadLetters,
    Topic<String, String> anchors) {

  public AuditTopics {
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(commands, "commands");
    Objects.requireNonNull(incidentEvents, "incidentEvents");
    Objects.requireNonNull(outcomes, "outcomes");
    Objects.requireNonNull(incidents, "incidents");
    Objects.requireNonNull(deadLetters, "deadLetters");
    Objects.requireNonNull(anchors, "anchors");
  }

  /** The shared topic catalogue's topics. */
  public static AuditTopics standard() {
    return new AuditTopics(
        Topics.ALERTS,
        Topics.COMMANDS,
        Topics.INCIDENT_EVENTS,
        Topics.OUTCOMES,
        Topics.INCIDENTS,
        Topics.ALERTS_DLQ.name(),
        Topics.AUDIT_ANCHORS);
  }

  /**
   * The catalogue's topics renamed {@code responder.<run>.<name>.v1}, same partitions and serdes.
   */
  public static AuditTopics named(String run) {
    return new AuditTopics(
        rename(Topics.ALERTS, run),
        rename(Topics.COMMANDS, run),
        rename(Topics.INCIDENT_EVENTS, run),
        rename(Topics.OUTCOMES, run),
        rename(Topics.INCIDENTS, run),
        rename(Topics.ALERTS_DLQ, run).name(),
        rename(Topics.AUDIT_ANCHORS, run));
  }

  private static <K, V> Topic<K, V> rename(Topic<K, V> topic, String run) {
    String name = topic.name().replaceFirst("^responder\\.", "responder." + run + ".");
    return new Topic<>(name, topic.partitions(), topic.configs(), topic.keys(), topic.values());
  }

  /** Every topic the projection consumes, audit topics first. */
  public List<Topic<String, ?>> projected() {
    return List.of(alerts, commands, incidentEvents, outcomes, incidents);
  }

  /** Every topic the projection uses: the projected ones and the anchors it writes. */
  public List<Topic<?, ?>> used() {
    return List.of(alerts, commands, incidentEvents, outcomes, incidents, anchors);
  }

  /**
   * What the projection's clients do on Kafka: read every projected topic, without a consumer group
   * (its positions live in PostgreSQL), and write and read back the anchors.
   */
  public KafkaAccess kafkaAccess() {
    Set<String> reads = projected().stream().map(Topic::name).collect(Collectors.toSet());
    reads.add(anchors.name());
    return new KafkaAccess(reads, Set.of(anchors.name()), Set.of(), Set.of());
  }

  /** The same topics as the correlator names them. */
  public CorrelatorTopics correlatorTopics() {
    return new CorrelatorTopics(alerts, commands, outcomes, incidents, incidentEvents, deadLetters);
  }
}
