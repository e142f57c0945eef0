package dev.responder.console.projection;

import dev.responder.console.audit.Anchor;
import dev.responder.console.audit.ChainRow;
import dev.responder.console.audit.HashChain;
import dev.responder.console.audit.IncidentDigest;
import dev.responder.console.audit.IncidentRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends one batch inside the caller's transaction: audit records extend their chain (number, link
 * to the previous hash, hash) and move the chain's head; incident states replace an older revision,
 * hashed, and move the incidents table's head. Remembers the heads it moved, to be anchored.
 */
final class BatchAppender {

  private record Head(long seq, String hash) {}

  private final Connection connection;
  private final Map<String, Head> heads = new HashMap<>();
  private final Map<String, Anchor> anchors = new LinkedHashMap<>();

  BatchAppender(Connection connection) {
    this.connection = connection;
  }

  int append(List<ProjectedRecord> batch) throws SQLException {
    int added = 0;
    for (ProjectedRecord record : batch) {
      if (record.kind() == RecordKind.INCIDENT_STATE) {
        upsertIncident(record);
        added++;
      } else if (insertAudit(record)) {
        added++;
      }
    }
    saveHeads();
    return added;
  }

  /** The heads this batch moved: each chain's last row and each incident's latest row. */
  List<Anchor> anchors() {
    return new ArrayList<>(anchors.values());
  }

  private boolean insertAudit(ProjectedRecord record) throws SQLException {
    Head previous = head(record.chain());
    ChainRow row = ChainRow.append(previous.seq(), previous.hash(), record);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO projection.audit_log (topic, \"partition\", \"offset\", kind, record_key,"
                + " incident_id, chain, seq, occurred_at, content, prev_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (topic, \"partition\", \"offset\") DO NOTHING")) {
      insert.setString(1, record.position().topic());
      insert.setInt(2, record.position().partition());
      insert.setLong(3, record.position().offset());
      insert.setString(4, row.kind());
      insert.setString(5, row.key());
      insert.setString(6, record.incidentId().orElse(null));
      insert.setString(7, row.chain());
      insert.setLong(8, row.seq());
      insert.setTimestamp(9, Timestamp.from(row.occurredAt()));
      insert.setString(10, row.content());
      insert.setString(11, row.previousHash());
      insert.setString(12, row.hash());
      if (insert.executeUpdate() == 0) {
        return false;
      }
    }
    heads.put(row.chain(), new Head(row.seq(), row.hash()));
    anchors.put(
        "chain:" + row.chain(),
        new Anchor(Anchor.Subject.CHAIN, row.chain(), row.seq(), row.hash()));
    return true;
  }

  private Head head(String chain) throws SQLException {
    Head cached = heads.get(chain);
    if (cached != null) {
      return cached;
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT seq, hash FROM projection.chain_heads WHERE chain = ?")) {
      select.setString(1, chain);
      try (ResultSet row = select.executeQuery()) {
        Head head =
            row.next()
                ? new Head(row.getLong(1), row.getString(2))
                : new Head(0, HashChain.GENESIS);
        heads.put(chain, head);
        return head;
      }
    }
  }

  private void saveHeads() throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO projection.chain_heads (chain, seq, hash) VALUES (?, ?, ?)"
                + " ON CONFLICT (chain) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash")) {
      for (Map.Entry<String, Head> entry : heads.entrySet()) {
        if (entry.getValue().seq() == 0) {
          continue;
        }
        upsert.setString(1, entry.getKey());
        upsert.setLong(2, entry.getValue().seq());
        upsert.setString(3, entry.getValue().hash());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  /**
   * Replaces the incident's row unless the table holds a newer revision, and moves the table's head
   * by the change: one more row for a new incident, the sum of hashes by the difference.
   */
  private void upsertIncident(ProjectedRecord record) throws SQLException {
    IncidentRow row = IncidentRow.of(record.position(), record.content());
    Head current = currentIncident(row.incidentId());
    if (current != null && current.seq() > row.revision()) {
      return;
    }
    writeIncident(row);
    Head table = head(IncidentDigest.CHAIN);
    heads.put(
        IncidentDigest.CHAIN,
        new Head(
            table.seq() + (current == null ? 1 : 0),
            IncidentDigest.replace(
                table.hash(), current == null ? null : current.hash(), row.hash())));
    anchors.put(
        "incident:" + row.incidentId(),
        new Anchor(Anchor.Subject.INCIDENT, row.incidentId(), row.revision(), row.hash()));
  }

  /** The incident's stored revision and hash, or null when it has no row yet. */
  private Head currentIncident(String incidentId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT revision, hash FROM projection.incidents WHERE incident_id = ?")) {
      select.setString(1, incidentId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? new Head(row.getLong(1), row.getString(2)) : null;
      }
    }
  }

  private void writeIncident(IncidentRow row) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO projection.incidents (incident_id, runbook_id, title, severity, status,"
                + " detected_at, response_due_at, acknowledged_at, acknowledged_by, resolved_at,"
                + " commander, escalation_level, revision, updated_at, content, source_topic,"
                + " source_partition, source_offset, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (incident_id) DO UPDATE SET runbook_id = EXCLUDED.runbook_id,"
                + " title = EXCLUDED.title, severity = EXCLUDED.severity, status = EXCLUDED.status,"
                + " detected_at = EXCLUDED.detected_at, response_due_at = EXCLUDED.response_due_at,"
                + " acknowledged_at = EXCLUDED.acknowledged_at,"
                + " acknowledged_by = EXCLUDED.acknowledged_by, resolved_at = EXCLUDED.resolved_at,"
                + " commander = EXCLUDED.commander, escalation_level = EXCLUDED.escalation_level,"
                + " revision = EXCLUDED.revision, updated_at = EXCLUDED.updated_at,"
                + " content = EXCLUDED.content, source_topic = EXCLUDED.source_topic,"
                + " source_partition = EXCLUDED.source_partition,"
                + " source_offset = EXCLUDED.source_offset, hash = EXCLUDED.hash")) {
      upsert.setString(1, row.incidentId());
      upsert.setString(2, row.runbookId());
      upsert.setString(3, row.title());
      upsert.setString(4, row.severity());
      upsert.setString(5, row.status());
      upsert.setTimestamp(6, time(row.detectedAt()));
      upsert.setTimestamp(7, time(row.responseDueAt()));
      upsert.setTimestamp(8, time(row.acknowledgedAt()));
      text(upsert, 9, row.acknowledgedBy());
      upsert.setTimestamp(10, time(row.resolvedAt()));
      text(upsert, 11, row.commander());
      upsert.setInt(12, row.escalationLevel());
      upsert.setLong(13, row.revision());
      upsert.setTimestamp(14, time(row.updatedAt()));
      upsert.setString(15, row.content());
      upsert.setString(16, row.source().topic());
      upsert.setInt(17, row.source().partition());
      upsert.setLong(18, row.source().offset());
      upsert.setString(19, row.hash());
      upsert.executeUpdate();
    }
  }

  private static Timestamp time(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static void text(PreparedStatement statement, int index, String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }
}
