package dev.responder.console.projection;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One Kafka record as the projection stores it: where it was read, what it is, the incident it
 * belongs to (if any), when it happened by its own timestamp, and its canonical content.
 */
public record ProjectedRecord(
    LogPosition position,
    RecordKind kind,
    String key,
    Optional<String> incidentId,
    Instant occurredAt,
    String content) {

  public ProjectedRecord {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(content, "content");
  }

  /**
   * The chain this record extends. Kafka orders records only within a partition, so a chain follows
   * one incident on one topic (its records all share a partition, being keyed by the incident id);
   * records of no incident chain per topic-partition. Either way a rebuild from offset 0 re-creates
   * every chain exactly.
   */
  public String chain() {
    return incidentId
        .map(id -> id + "|" + position.topic())
        .orElse(position.topic() + "|" + position.partition());
  }
}
