package dev.responder.console.projection;

import com.fasterxml.jackson.databind.JsonNode;
import dev.responder.console.audit.HashChain;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends one batch inside the caller's transaction: audit records extend their chain (number, link
 * to the previous hash, hash) and move the chain's head; incident states replace an older revision.
 */
final class BatchAppender {

  private record Head(long seq, String hash) {}

  private final Connection connection;
  private final Map<String, Head> heads = new HashMap<>();

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

  private boolean insertAudit(ProjectedRecord record) throws SQLException {
    Head previous = head(record.chain());
    Head next =
        new Head(
            previous.seq() + 1,
            HashChain.link(previous.hash(), record.position(), record.content()));
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO projection.audit_log (topic, \"partition\", \"offset\", kind, record_key,"
                + " incident_id, chain, seq, occurred_at, content, prev_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (topic, \"partition\", \"offset\") DO NOTHING")) {
      insert.setString(1, record.position().topic());
      insert.setInt(2, record.position().partition());
      insert.setLong(3, record.position().offset());
      insert.setString(4, record.kind().name());
      insert.setString(5, record.key());
      insert.setString(6, record.incidentId().orElse(null));
      insert.setString(7, record.chain());
      insert.setLong(8, next.seq());
      insert.setTimestamp(9, Timestamp.from(record.occurredAt()));
      insert.setString(10, record.content());
      insert.setString(11, previous.hash());
      insert.setString(12, next.hash());
      if (insert.executeUpdate() == 0) {
        return false;
      }
    }
    heads.put(record.chain(), next);
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

  private void upsertIncident(ProjectedRecord record) throws SQLException {
    JsonNode incident = CanonicalJson.parse(record.content());
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO projection.incidents (incident_id, runbook_id, title, severity, status,"
                + " detected_at, response_due_at, acknowledged_at, acknowledged_by, resolved_at,"
                + " commander, escalation_level, revision, updated_at, content)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (incident_id) DO UPDATE SET runbook_id = EXCLUDED.runbook_id,"
                + " title = EXCLUDED.title, severity = EXCLUDED.severity, status = EXCLUDED.status,"
                + " detected_at = EXCLUDED.detected_at, response_due_at = EXCLUDED.response_due_at,"
                + " acknowledged_at = EXCLUDED.acknowledged_at,"
                + " acknowledged_by = EXCLUDED.acknowledged_by, resolved_at = EXCLUDED.resolved_at,"
                + " commander = EXCLUDED.commander, escalation_level = EXCLUDED.escalation_level,"
                + " revision = EXCLUDED.revision, updated_at = EXCLUDED.updated_at,"
                + " content = EXCLUDED.content"
                + " WHERE projection.incidents.revision <= EXCLUDED.revision")) {
      upsert.setString(1, incident.path("incidentId").asText());
      upsert.setString(2, incident.path("runbookId").asText());
      upsert.setString(3, incident.path("title").asText());
      upsert.setString(4, incident.path("severity").asText());
      upsert.setString(5, incident.path("status").asText());
      upsert.setTimestamp(6, time(incident, "detectedAt"));
      upsert.setTimestamp(7, time(incident, "responseDueAt"));
      upsert.setTimestamp(8, time(incident, "acknowledgedAt"));
      text(upsert, 9, incident, "acknowledgedBy");
      upsert.setTimestamp(10, time(incident, "resolvedAt"));
      text(upsert, 11, incident, "commander");
      upsert.setInt(12, incident.path("escalationLevel").asInt());
      upsert.setLong(13, incident.path("revision").asLong());
      upsert.setTimestamp(14, time(incident, "updatedAt"));
      upsert.setString(15, record.content());
      upsert.executeUpdate();
    }
  }

  private static Timestamp time(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? Timestamp.from(Instant.parse(value.asText())) : null;
  }

  private static void text(PreparedStatement statement, int index, JsonNode node, String field)
      throws SQLException {
    JsonNode value = node.path(field);
    if (value.isTextual()) {
      statement.setString(index, value.asText());
    } else {
      statement.setNull(index, Types.VARCHAR);
    }
  }
}
