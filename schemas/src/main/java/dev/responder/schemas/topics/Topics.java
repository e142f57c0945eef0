package dev.responder.schemas.topics;

import java.util.List;
import java.util.Map;
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

  // Placeholder serdes until the Avro serde lands (issue 2, schemas/serde).
  public static final Topic<String, byte[]> ALERTS =
      new Topic<>("responder.alerts.v1", 6, AUDIT, Serdes.String(), Serdes.ByteArray());
  public static final Topic<String, byte[]> ALERTS_DLQ =
      new Topic<>("responder.alerts.dlq.v1", 1, DEAD_LETTERS, Serdes.String(), Serdes.ByteArray());
  public static final Topic<String, byte[]> INCIDENTS =
      new Topic<>("responder.incidents.v1", 6, TABLE, Serdes.String(), Serdes.ByteArray());
  public static final Topic<String, byte[]> INCIDENT_EVENTS =
      new Topic<>("responder.incident-events.v1", 6, AUDIT, Serdes.String(), Serdes.ByteArray());
  public static final Topic<String, byte[]> OUTCOMES =
      new Topic<>("responder.outcomes.v1", 6, AUDIT, Serdes.String(), Serdes.ByteArray());
  public static final Topic<String, byte[]> COMMANDS =
      new Topic<>("responder.commands.v1", 1, AUDIT, Serdes.String(), Serdes.ByteArray());

  private static final List<Topic<?, ?>> ALL =
      List.of(ALERTS, ALERTS_DLQ, INCIDENTS, INCIDENT_EVENTS, OUTCOMES, COMMANDS);

  private Topics() {}

  /** Every topic of the catalogue, in a stable order. */
  public static List<Topic<?, ?>> all() {
    return ALL;
  }
}
