package dev.responder.console.history;

import com.fasterxml.jackson.databind.JsonNode;
import dev.responder.console.projection.CanonicalJson;
import dev.responder.console.projection.LogPosition;
import dev.responder.console.projection.RecordKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads incidents and their projected records from the projection's schema. */
public final class HistoryStore {

  private final DataSource dataSource;

  public HistoryStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The incidents the filter accepts, newest detection first. */
  public List<IncidentSummary> incidents(StatusFilter filter) throws SQLException {
    List<IncidentSummary> incidents = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT content FROM projection.incidents ORDER BY detected_at DESC, incident_id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        IncidentSummary incident = summary(CanonicalJson.parse(rows.getString(1)));
        if (filter.accepts(incident.status())) {
          incidents.add(incident);
        }
      }
    }
    return incidents;
  }

  /**
   * The incidents detected since {@code since} and those still open however old, newest first: what
   * the status page shows, read through the detection index rather than the whole history.
   */
  public List<IncidentSummary> detectedSinceOrOpen(Instant since) throws SQLException {
    List<IncidentSummary> incidents = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT content FROM projection.incidents WHERE detected_at >= ?"
                    + " OR status NOT IN ('RESOLVED', 'SUPPRESSED')"
                    + " ORDER BY detected_at DESC, incident_id")) {
      select.setTimestamp(1, java.sql.Timestamp.from(since));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          incidents.add(summary(CanonicalJson.parse(rows.getString(1))));
        }
      }
    }
    return incidents;
  }

  public Optional<IncidentSummary> incident(String incidentId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT content FROM projection.incidents WHERE incident_id = ?")) {
      select.setString(1, incidentId);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(summary(CanonicalJson.parse(row.getString(1))))
            : Optional.empty();
      }
    }
  }

  /**
   * The incident's records: its events, outcomes and commands, and every reception of the alerts it
   * holds (by fingerprint and startsAt, so another firing of the same alert is not mixed in).
   */
  public List<AuditEntry> records(String incidentId) throws SQLException {
    String sql =
        "SELECT kind, topic, \"partition\", \"offset\", occurred_at, content"
            + " FROM projection.audit_log WHERE incident_id = ?"
            + " UNION ALL"
            + " SELECT a.kind, a.topic, a.\"partition\", a.\"offset\", a.occurred_at, a.content"
            + " FROM projection.audit_log a JOIN ("
            + "   SELECT DISTINCT e.content::jsonb #>> '{cause,alertFingerprint}' AS fp,"
            + "          e.content::jsonb #>> '{cause,alertStartsAt}' AS starts"
            + "   FROM projection.audit_log e WHERE e.incident_id = ? AND e.kind = 'INCIDENT_EVENT'"
            + "     AND e.content::jsonb #>> '{cause,kind}' = 'ALERT') held"
            + " ON a.kind = 'ALERT' AND a.content::jsonb ->> 'fingerprint' = held.fp"
            + " AND a.content::jsonb ->> 'startsAt' = held.starts";
    List<AuditEntry> records = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, incidentId);
      select.setString(2, incidentId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          records.add(
              new AuditEntry(
                  RecordKind.valueOf(row.getString(1)),
                  new LogPosition(row.getString(2), row.getInt(3), row.getLong(4)),
                  row.getTimestamp(5).toInstant(),
                  CanonicalJson.parse(row.getString(6))));
        }
      }
    }
    return records;
  }

  static IncidentSummary summary(JsonNode incident) {
    return new IncidentSummary(
        incident.path("incidentId").asText(),
        incident.path("runbookId").asText(),
        incident.path("title").asText(),
        incident.path("severity").asText(),
        incident.path("status").asText(),
        Instant.parse(incident.path("detectedAt").asText()),
        Instant.parse(incident.path("responseDueAt").asText()),
        time(incident, "acknowledgedAt"),
        text(incident, "acknowledgedBy"),
        time(incident, "resolvedAt"),
        text(incident, "commander"),
        incident.path("escalationLevel").asInt(),
        incident.path("catalogVersion").asText(),
        incident.path("classificationReason").asText());
  }

  private static Optional<Instant> time(JsonNode node, String field) {
    return text(node, field).map(Instant::parse);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }
}
