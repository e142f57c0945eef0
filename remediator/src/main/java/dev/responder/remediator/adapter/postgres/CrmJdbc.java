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
      Result result;
      try {
        result = work.apply(connection);
      } catch (SQLException e) {
        rollbackQuietly(connection, e);
        throw e;
      }
      try {
        connection.commit();
      } catch (SQLException e) {
        return Result.failed(commitKind(e), what + ": commit failed: " + e.getMessage());
      }
      return result;
    } catch (SQLException e) {
      return Result.failed(kind(e), what + ": " + e.getMessage());
    }
  }

  /** A rollback on a broken connection fails too; the work's failure is the one to report. */
  private static void rollbackQuietly(Connection connection, SQLException cause) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }

  /**
   * A commit whose answer was lost may have applied, so the engine must read the target: the
   * connection broke (SQLSTATE class 08, or no SQLSTATE at all), the server's process was shut down
   * or terminated under it (57P01, 57P02, 57P03), or the server itself said completion is unknown
   * (40003). Any other SQLSTATE is the server's answer that it refused the commit (a serialization
   * failure, a deferred constraint, an aborted transaction): nothing was applied.
   */
  static FailureKind commitKind(SQLException e) {
    String state = e.getSQLState();
    boolean answerLost =
        state == null || state.startsWith("08") || state.startsWith("57P") || state.equals("40003");
    return answerLost ? FailureKind.IN_DOUBT : kind(e);
  }

  PreparedStatement prepare(Connection connection, String sql) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setQueryTimeout(timeoutSeconds);
    return statement;
  }

  /**
   * Before the commit, connection trouble and serialization conflicts may be retried (the
   * transaction did not commit); a cancelled query timed out.
   */
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
