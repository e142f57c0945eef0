package dev.responder.console.projection;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.RemediationOutcome;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Turns the raw bytes of a record on one of the {@link AuditTopics} into a {@link ProjectedRecord}.
 * A record the serde cannot read becomes an {@code UNDECODABLE} record carrying the reason and the
 * bytes, never an exception: one bad record must not stop the projection.
 */
public final class RecordDecoder {

  private final Map<String, Decoding<?>> byTopic;

  public RecordDecoder(AuditTopics topics) {
    this.byTopic =
        Map.of(
            topics.alerts().name(),
            new Decoding<>(
                RecordKind.ALERT,
                topics.alerts().values().deserializer(),
                (Alert a) -> Optional.empty(),
                Alert::getReceivedAt),
            topics.commands().name(),
            new Decoding<>(
                RecordKind.COMMAND,
                topics.commands().values().deserializer(),
                (Command c) -> Optional.ofNullable(c.getIncidentId()),
                Command::getIssuedAt),
            topics.incidentEvents().name(),
            new Decoding<>(
                RecordKind.INCIDENT_EVENT,
                topics.incidentEvents().values().deserializer(),
                (IncidentEvent e) -> Optional.of(e.getIncidentId()),
                IncidentEvent::getOccurredAt),
            topics.outcomes().name(),
            new Decoding<>(
                RecordKind.OUTCOME,
                topics.outcomes().values().deserializer(),
                (RemediationOutcome o) -> Optional.of(o.getIncidentId()),
                RemediationOutcome::getFinishedAt),
            topics.incidents().name(),
            new Decoding<>(
                RecordKind.INCIDENT_STATE,
                topics.incidents().values().deserializer(),
                (Incident i) -> Optional.of(i.getIncidentId()),
                Incident::getUpdatedAt));
  }

  /** Whether records of this topic are projected at all. */
  public boolean reads(String topic) {
    return byTopic.containsKey(topic);
  }

  public ProjectedRecord decode(
      LogPosition position, String key, byte[] value, long recordTimestamp) {
    Decoding<?> decoding = byTopic.get(position.topic());
    if (decoding == null) {
      throw new IllegalArgumentException("the projection does not read topic " + position.topic());
    }
    try {
      return decoding.decode(position, key, value);
    } catch (RuntimeException e) {
      return undecodable(position, key, value, recordTimestamp, e);
    }
  }

  private static ProjectedRecord undecodable(
      LogPosition position, String key, byte[] value, long timestamp, RuntimeException e) {
    ObjectNode content = JsonNodeFactory.instance.objectNode();
    content.put("reason", String.valueOf(e.getMessage()));
    content.put("valueBase64", value == null ? "" : Base64.getEncoder().encodeToString(value));
    return new ProjectedRecord(
        position,
        RecordKind.UNDECODABLE,
        key,
        Optional.empty(),
        Instant.ofEpochMilli(timestamp),
        CanonicalJson.write(content));
  }

  private record Decoding<V extends IndexedRecord>(
      RecordKind kind,
      Deserializer<V> values,
      Function<V, Optional<String>> incidentId,
      Function<V, Instant> occurredAt) {

    ProjectedRecord decode(LogPosition position, String key, byte[] bytes) {
      V value = values.deserialize(position.topic(), bytes);
      if (value == null) {
        throw new IllegalArgumentException("a tombstone (null value) on an audit topic");
      }
      return new ProjectedRecord(
          position,
          kind,
          key,
          incidentId.apply(value),
          occurredAt.apply(value),
          CanonicalJson.of(value));
    }
  }
}
