package dev.responder.console.audit;

import dev.responder.console.projection.LogPosition;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Reads the projection's chains and heads from PostgreSQL and verifies them. */
public final class AuditChains {

  private final DataSource dataSource;

  public AuditChains(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The result of one verification: how much was checked and the first break of each chain. */
  public record Verification(long rows, long chains, List<BrokenLink> broken) {
    public boolean holds() {
      return broken.isEmpty();
    }
  }

  public Verification verify() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setReadOnly(true);
      // One snapshot for rows and heads, so a projection appending meanwhile is not a "break".
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setAutoCommit(false);
      List<ChainRow> rows = rows(connection);
      Map<String, ChainHead> heads = heads(connection);
      connection.commit();
      return new Verification(rows.size(), heads.size(), ChainVerifier.verify(rows, heads));
    }
  }

  private static List<ChainRow> rows(Connection connection) throws SQLException {
    List<ChainRow> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      statement.setFetchSize(1000);
      try (ResultSet row =
          statement.executeQuery(
              "SELECT chain, seq, coalesce(incident_id, ''), topic, \"partition\", \"offset\","
                  + " content, prev_hash, hash FROM projection.audit_log ORDER BY chain, seq")) {
        while (row.next()) {
          rows.add(
              new ChainRow(
                  row.getString(1),
                  row.getLong(2),
                  row.getString(3),
                  new LogPosition(row.getString(4), row.getInt(5), row.getLong(6)),
                  row.getString(7),
                  row.getString(8),
                  row.getString(9)));
        }
      }
    }
    return rows;
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
}
