package dev.responder.remediator.it;

import dev.responder.sandbox.Postgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Seeds and reads the CRM tables of the sandbox database, as the CRM would have left them. */
final class CrmData {

  private final Postgres postgres;

  CrmData(Postgres postgres) {
    this.postgres = postgres;
  }

  void clear() {
    update("TRUNCATE \"SocialPost\", \"SocialConnection\", \"SyncLog\" RESTART IDENTITY");
    update("TRUNCATE responder.action_ledger, responder.outbox, responder.verification");
  }

  long connection(String platform, String owner, Instant tokenExpiresAt) {
    return insert(
        "INSERT INTO \"SocialConnection\" (platform, account_owner, token_expires_at) VALUES (?, ?, ?) RETURNING id",
        platform,
        owner,
        Timestamp.from(tokenExpiresAt));
  }

  long failedPost(String platform, long connectionId, String error) {
    return insert(
        "INSERT INTO \"SocialPost\" (platform, connection_id, status, error_message)"
            + " VALUES (?, ?, 'FAILED', ?) RETURNING id",
        platform,
        connectionId,
        error);
  }

  /**
   * A sync event; its key is its creation time in epoch seconds, since the runbook's "SyncLog" has
   * no id (the tests create each event at a distinct second).
   */
  long syncEvent(String status, Instant createdAt) {
    return insert(
        "INSERT INTO \"SyncLog\" (status, retry_count, created_at)"
            + " VALUES (?, 3, ?) RETURNING extract(epoch FROM created_at)::bigint",
        status,
        Timestamp.from(createdAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
  }

  String postStatus(long id) {
    return text("SELECT status FROM \"SocialPost\" WHERE id = ?", id);
  }

  String syncStatus(long id) {
    return text(
        "SELECT status || '/' || retry_count FROM \"SyncLog\" WHERE created_at = to_timestamp(?)",
        id);
  }

  Instant postNextAttempt(long id) {
    return query(
        "SELECT next_attempt_at FROM \"SocialPost\" WHERE id = ?",
        id,
        rs -> rs.getTimestamp(1).toInstant());
  }

  /** Opens sessions that stay idle, as a leaking connection pool would. */
  List<Connection> idleSessions(int count) throws SQLException {
    List<Connection> sessions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Connection session =
          DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
      try (var statement = session.createStatement()) {
        statement.execute("SELECT 1");
      }
      sessions.add(session);
    }
    return sessions;
  }

  private long insert(String sql, Object... values) {
    return query(sql, values, rs -> rs.getLong(1));
  }

  private String text(String sql, Object value) {
    return query(sql, value, rs -> rs.getString(1));
  }

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> T query(String sql, Object value, Row<T> row) {
    return query(sql, new Object[] {value}, row);
  }

  private <T> T query(String sql, Object[] values, Row<T> row) {
    try (Connection connection = postgres.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return row.read(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private void update(String sql) {
    try (Connection connection = postgres.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
