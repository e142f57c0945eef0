package dev.responder.remediator.adapter.postgres;

import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.port.Result;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Runs one runbook query or repair on the CRM database in its own transaction, with a statement
 * timeout, and turns JDBC failures into classified results.
 */
final class CrmJdbc {

  /** A query or repair. */
  @FunctionalInterface
  interface Work {
    Result apply(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;
  private final String database;
  private final int timeoutSeconds;

  CrmJdbc(DataSource dataSource, String database, Duration timeout) {
    this.dataSource = dataSource;
    this.database = database;
    this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
  }

  Result run(String database, String what, Work work) {
    if (!this.database.equals(database)) {
      return Result.failed(
          FailureKind.PERMANENT,
          what + ": connected to database '" + this.database + "', not '" + database + "'");
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Result result = work.apply(connection);
        connection.commit();
        return result;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      return Result.failed(kind(e), what + ": " + e.getMessage());
    }
  }

  PreparedStatement prepare(Connection connection, String sql) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setQueryTimeout(timeoutSeconds);
    return statement;
  }

  /** Connection trouble and serialization conflicts may be retried; a cancelled query timed out. */
  static FailureKind kind(SQLException e) {
    if (e instanceof SQLTransientConnectionException) {
      return FailureKind.UNAVAILABLE;
    }
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.equals("57014")) {
      return FailureKind.TIMEOUT;
    }
    if (state.startsWith("08") || state.equals("40001") || state.equals("40P01")) {
      return FailureKind.TRANSIENT;
    }
    return FailureKind.PERMANENT;
  }
}
