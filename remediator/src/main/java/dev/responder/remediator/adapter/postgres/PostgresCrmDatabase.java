package dev.responder.remediator.adapter.postgres;

import dev.responder.remediator.port.CrmDatabase;
import dev.responder.remediator.port.ExpiredAccounts;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import dev.responder.schemas.catalog.CrmSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@link CrmDatabase} over JDBC: the runbook's connection queries and the idle-session repair.
 * Times come from the injected clock, not the server's {@code now()}, so "idle for 10 minutes" can
 * be tested without waiting ten minutes. The remediator's own sessions (application name {@value
 * #APPLICATION_NAME}) are never terminated.
 */
public final class PostgresCrmDatabase implements CrmDatabase {

  /** The application name of the remediator's own connections. */
  public static final String APPLICATION_NAME = "responder-remediator";

  // The runbook's own counts: "SELECT count(*) FROM pg_stat_activity" (the whole server, as the
  // API-unresponsive check runs it) and the same with "WHERE datname = 'crm'" (and state = 'idle').
  private static final String COUNTS =
      "SELECT count(*), count(*) FILTER (WHERE datname = ?),"
          + " count(*) FILTER (WHERE datname = ? AND state = 'active'),"
          + " count(*) FILTER (WHERE datname = ? AND state = 'idle') FROM pg_stat_activity";
  private static final String BY_STATE =
      "SELECT coalesce(state, 'none') AS state, count(*) FROM pg_stat_activity"
          + " WHERE datname = ? GROUP BY 1 ORDER BY 1";
  // Runbook: ... WHERE datname = 'crm' AND state = 'idle' AND query_start < now() - interval
  // '10 minutes'; the idle session's query_start is when its last query began.
  private static final String IDLE_CANDIDATES =
      "SELECT pid, backend_start, usename, application_name, query_start"
          + " FROM pg_stat_activity WHERE datname = ? AND state = 'idle' AND query_start < ?"
          + " AND pid <> pg_backend_pid() AND application_name <> ?";
  // pid alone may have been reused by a new session since we read it: backend_start pins it.
  private static final String TERMINATE =
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
          + " WHERE pid = ? AND backend_start = ? AND state = 'idle' AND datname = ?";

  private final CrmJdbc jdbc;
  private final CrmDataRepairs repairs;
  private final Clock clock;

  public PostgresCrmDatabase(
      DataSource dataSource, String database, Duration timeout, Clock clock) {
    this(dataSource, database, timeout, clock, CrmSchema.DEFAULT);
  }

  /** With the CRM columns the catalog's {@code crmSchema} names beyond the runbook's SQL. */
  public PostgresCrmDatabase(
      DataSource dataSource, String database, Duration timeout, Clock clock, CrmSchema schema) {
    this.jdbc = new CrmJdbc(dataSource, database, timeout);
    this.repairs = new CrmDataRepairs(jdbc, clock, CrmStatements.of(schema));
    this.clock = clock;
  }

  @Override
  public Result connectionCount(String database) {
    return jdbc.run(
        database,
        "counting connections",
        connection -> {
          List<String> lines = new ArrayList<>();
          try (PreparedStatement byState = jdbc.prepare(connection, BY_STATE)) {
            byState.setString(1, database);
            try (ResultSet rows = byState.executeQuery()) {
              while (rows.next()) {
                lines.add(rows.getString(1) + ": " + rows.getLong(2));
              }
            }
          }
          try (PreparedStatement counts = jdbc.prepare(connection, COUNTS)) {
            counts.setString(1, database);
            counts.setString(2, database);
            counts.setString(3, database);
            try (ResultSet row = counts.executeQuery()) {
              row.next();
              lines.add(
                  0,
                  "server: %d connections; database %s: %d"
                      .formatted(row.getLong(1), database, row.getLong(2)));
              return Result.ok(
                  Observation.of(
                      Map.of(
                          "serverTotal", (double) row.getLong(1),
                          "total", (double) row.getLong(2),
                          "active", (double) row.getLong(3),
                          "idle", (double) row.getLong(4)),
                      lines));
            }
          }
        });
  }

  @Override
  public Result terminateIdleConnections(String database, Duration idleFor) {
    Instant idleSince = clock.instant().minus(idleFor);
    return jdbc.run(
        database,
        "terminating idle connections",
        connection -> {
          List<String> lines = new ArrayList<>();
          int terminated = 0;
          for (IdleSession session : idleSessions(connection, database, idleSince)) {
            if (terminate(connection, session, database)) {
              terminated++;
              lines.add(session.describe());
            }
          }
          return Result.ok(Observation.of(Map.of("terminated", (double) terminated), lines));
        });
  }

  private List<IdleSession> idleSessions(Connection connection, String database, Instant since)
      throws SQLException {
    List<IdleSession> sessions = new ArrayList<>();
    try (PreparedStatement query = jdbc.prepare(connection, IDLE_CANDIDATES)) {
      query.setString(1, database);
      query.setTimestamp(2, Timestamp.from(since));
      query.setString(3, APPLICATION_NAME);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          sessions.add(
              new IdleSession(
                  rows.getInt("pid"),
                  rows.getTimestamp("backend_start"),
                  rows.getString("usename"),
                  rows.getString("application_name"),
                  rows.getTimestamp("query_start").toInstant()));
        }
      }
    }
    return sessions;
  }

  private boolean terminate(Connection connection, IdleSession session, String database)
      throws SQLException {
    try (PreparedStatement terminate = jdbc.prepare(connection, TERMINATE)) {
      terminate.setInt(1, session.pid());
      terminate.setTimestamp(2, session.backendStart());
      terminate.setString(3, database);
      try (ResultSet row = terminate.executeQuery()) {
        return row.next() && row.getBoolean(1);
      }
    }
  }

  /** One idle session, identified by pid and backend start. */
  private record IdleSession(
      int pid, Timestamp backendStart, String user, String application, Instant idleSince) {
    String describe() {
      return "terminated pid %d (user %s, application '%s') idle, last query at %s"
          .formatted(pid, user, application, idleSince);
    }
  }

  @Override
  public Result failedSocialPosts(String database, int limit) {
    return repairs.failedSocialPosts(database, limit);
  }

  @Override
  public ExpiredAccounts expiredAccounts(String database) {
    return repairs.expiredAccounts(database);
  }

  @Override
  public Result retrySocialPosts(String database, String reason, Duration delay, int maxPosts) {
    return repairs.retrySocialPosts(database, reason, delay, maxPosts);
  }

  @Override
  public Result failedSyncEvents(String database, int limit) {
    return repairs.failedSyncEvents(database, limit);
  }

  @Override
  public Result retryFailedSyncEvents(String database, Duration since) {
    return repairs.retryFailedSyncEvents(database, since);
  }
}
