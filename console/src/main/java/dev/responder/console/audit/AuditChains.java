package dev.responder.console.audit;

import dev.responder.console.projection.LogPosition;
import dev.responder.console.projection.PartitionRef;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads the projection's chains, heads and incidents from PostgreSQL in one snapshot and verifies
 * them: each chain's links and head, each incident row's hash and the table's head, and, when given
 * the published anchors, that the database still holds what was anchored.
 */
public final class AuditChains {

  private final DataSource dataSource;

  public AuditChains(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Everything the projection stores that the audit covers, read in one snapshot. */
  public record Snapshot(
      List<ChainRow> rows,
      Map<String, ChainHead> heads,
      List<IncidentRow> incidents,
      Map<PartitionRef, Long> positions) {

    /** The rows, incidents and heads, to compare with the log's. */
    public LogComparison.Projected projected() {
      return new LogComparison.Projected(rows, incidents, heads);
    }
  }

  /** The result of one verification: how much was checked and what does not hold. */
  public record Verification(
      long rows, long chains, long incidents, long anchors, List<BrokenLink> broken) {
    public boolean holds() {
      return broken.isEmpty();
    }
  }

  /** Verifies the chains, heads and incidents, without anchors. */
  public Verification verify() throws SQLException {
    return verify(snapshot(), List.of());
  }

  /** Verifies {@code snapshot}, and that it holds every one of {@code anchors}. */
  public static Verification verify(Snapshot snapshot, Collection<Anchor> anchors) {
    List<BrokenLink> broken =
        new ArrayList<>(ChainVerifier.verify(snapshot.rows(), snapshot.heads()));
    broken.addAll(
        ChainVerifier.verifyIncidents(
            snapshot.incidents(), snapshot.heads().get(IncidentDigest.CHAIN)));
    broken.addAll(AnchorVerifier.verify(snapshot.rows(), snapshot.incidents(), anchors));
    long chains =
        snapshot.heads().keySet().stream().filter(c -> !c.equals(IncidentDigest.CHAIN)).count();
    return new Verification(
        snapshot.rows().size(), chains, snapshot.incidents().size(), anchors.size(), broken);
  }

  /** Reads rows, heads, incidents and positions in one repeatable-read snapshot. */
  public Snapshot snapshot() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setReadOnly(true);
      // One snapshot for everything, so a projection appending meanwhile is not a "break".
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setAutoCommit(false);
      Snapshot snapshot =
          new Snapshot(
              rows(connection), heads(connection), incidents(connection), positions(connection));
      connection.commit();
      return snapshot;
    }
  }

  private static List<ChainRow> rows(Connection connection) throws SQLException {
    List<ChainRow> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      statement.setFetchSize(1000);
      try (ResultSet row =
          statement.executeQuery(
              "SELECT chain, seq, coalesce(incident_id, ''), topic, \"partition\", \"offset\","
                  + " kind, record_key, occurred_at, content, prev_hash, hash"
                  + " FROM projection.audit_log ORDER BY chain, seq")) {
        while (row.next()) {
          rows.add(
              new ChainRow(
                  row.getString(1),
                  row.getLong(2),
                  row.getString(3),
                  new LogPosition(row.getString(4), row.getInt(5), row.getLong(6)),
                  row.getString(7),
                  row.getString(8),
                  instant(row.getTimestamp(9)),
                  row.getString(10),
                  row.getString(11),
                  row.getString(12)));
        }
      }
    }
    return rows;
  }

  private static List<IncidentRow> incidents(Connection connection) throws SQLException {
    List<IncidentRow> incidents = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      statement.setFetchSize(1000);
      try (ResultSet row =
          statement.executeQuery(
              "SELECT incident_id, runbook_id, title, severity, status, detected_at,"
                  + " response_due_at, acknowledged_at, acknowledged_by, resolved_at, commander,"
                  + " escalation_level, revision, updated_at, content, source_topic,"
                  + " source_partition, source_offset, hash"
                  + " FROM projection.incidents ORDER BY incident_id")) {
        while (row.next()) {
          incidents.add(
              new IncidentRow(
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getString(5),
                  instant(row.getTimestamp(6)),
                  instant(row.getTimestamp(7)),
                  instant(row.getTimestamp(8)),
                  row.getString(9),
                  instant(row.getTimestamp(10)),
                  row.getString(11),
                  row.getInt(12),
                  row.getLong(13),
                  instant(row.getTimestamp(14)),
                  row.getString(15),
                  new LogPosition(row.getString(16), row.getInt(17), row.getLong(18)),
                  row.getString(19)));
        }
      }
    }
    return incidents;
  }

  private static Map<String, ChainHead> heads(Connection connection) throws SQLException {
    Map<String, ChainHead> heads = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery("SELECT chain, seq, hash FROM projection.chain_heads")) {
      while (row.next()) {
        heads.put(
            row.getString(1), new ChainHead(row.getString(1), row.getLong(2), row.getString(3)));
      }
    }
    return heads;
  }

  private static Map<PartitionRef, Long> positions(Connection connection) throws SQLException {
    Map<PartitionRef, Long> positions = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT topic, \"partition\", next_offset FROM projection.positions")) {
      while (row.next()) {
        positions.put(new PartitionRef(row.getString(1), row.getInt(2)), row.getLong(3));
      }
    }
    return positions;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
