package dev.responder.schemas.topics;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.serde.ResponderSerdes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topic catalogue: every topic Responder reads or writes, with its partitions and configs.
 * Audit topics keep their records forever (the replayable history); the incident table is compacted
 * to the latest state of each incident.
 */
public final class Topics {

  /** Retention of the audit topics: forever, because replay and reports read from offset 0. */
  static final Map<String, String> AUDIT =
      Map.of("cleanup.policy", "delete", "retention.ms", "-1", "retention.bytes", "-1");

  /** Dead letters are kept 30 days: long enough to inspect and re-drive, bounded by design. */
  static final Map<String, String> DEAD_LETTERS =
      Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(30L * 24 * 3600 * 1000));

  /** The latest state of each incident, keyed by incident id. */
  static final Map<String, String> TABLE =
      Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "60000");

  /**
   * Alerts as received and normalised. Key: the alert's fingerprint, so one alert's updates stay
   * ordered.
   */
  public static final Topic<String, Alert> ALERTS =
      new Topic<>("responder.alerts.v1", 6, AUDIT, Serdes.String(), ResponderSerdes.alert());

  /**
   * Alerts that could not be read, exactly as they arrived: the original key and value bytes, with
   * the reason in the record headers. Raw bytes, because a dead letter must never fail to decode.
   */
  public static final Topic<byte[], byte[]> ALERTS_DLQ =
      new Topic<>(
          "responder.alerts.dlq.v1", 1, DEAD_LETTERS, Serdes.ByteArray(), Serdes.ByteArray());

  /** The latest state of each incident (compacted). Key: the incident id. */
  public static final Topic<String, Incident> INCIDENTS =
      new Topic<>("responder.incidents.v1", 6, TABLE, Serdes.String(), ResponderSerdes.incident());

  /**
   * Every lifecycle change of every incident. Key: the incident id, so one incident's history stays
   * in order on one partition.
   */
  public static final Topic<String, IncidentEvent> INCIDENT_EVENTS =
      new Topic<>(
          "responder.incident-events.v1",
          6,
          AUDIT,
          Serdes.String(),
          ResponderSerdes.incidentEvent());

  /** The outcome of every runbook step. Key: the incident id, co-partitioned with its events. */
  public static final Topic<String, RemediationOutcome> OUTCOMES =
      new Topic<>("responder.outcomes.v1", 6, AUDIT, Serdes.String(), ResponderSerdes.outcome());

  /**
   * Commands from people and services. Key: the incident id when the command targets an incident
   * (acknowledge, resolve, assign, approve, reject, escalate), so it is ordered with that
   * incident's other commands; otherwise (silence, unsilence) the command id.
   */
  public static final Topic<String, Command> COMMANDS =
      new Topic<>("responder.commands.v1", 1, AUDIT, Serdes.String(), ResponderSerdes.command());

  /**
   * The heads of the console's audit chains, published by the projection after each batch so that
   * the history in PostgreSQL can be checked against something its database role cannot write. Key:
   * {@code chain:<chain>} or {@code incident:<id>}; value: {@code <number> <sha-256 hex>}.
   * Compacted: the latest head of each chain and incident.
   */
  public static final Topic<String, String> AUDIT_ANCHORS =
      new Topic<>("responder.audit-anchors.v1", 1, TABLE, Serdes.String(), Serdes.String());

  private static final List<Topic<?, ?>> ALL =
      List.of(ALERTS, ALERTS_DLQ, INCIDENTS, INCIDENT_EVENTS, OUTCOMES, COMMANDS, AUDIT_ANCHORS);

  private Topics() {}

  /** Every topic of the catalogue, in a stable order. */
  public static List<Topic<?, ?>> all() {
    return ALL;
  }

  /** The catalogue's topic named {@code name}, or empty when Responder has no such topic. */
  public static Optional<Topic<?, ?>> find(String name) {
    return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
  }
}
