package dev.responder.remediator.adapter.postgres;

import dev.responder.remediator.crm.PostFailureCause;
import dev.responder.remediator.port.ExpiredAccounts;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runbook's queries and repairs on the CRM's social posts, tokens and sync log ({@link
 * CrmStatements}).
 */
final class CrmDataRepairs {

  /** How many failed posts a retry looks at to find those of one cause. */
  private static final int RETRY_SCAN_LIMIT = 1000;

  private final CrmJdbc jdbc;
  private final Clock clock;
  private final CrmStatements sql;

  CrmDataRepairs(CrmJdbc jdbc, Clock clock, CrmStatements sql) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.sql = sql;
  }

  Result failedSocialPosts(String database, int limit) {
    return jdbc.run(
        database,
        "reading failed social posts",
        connection -> {
          Map<PostFailureCause, Integer> causes = new EnumMap<>(PostFailureCause.class);
          List<String> lines = new ArrayList<>();
          try (PreparedStatement query = jdbc.prepare(connection, sql.failedPosts())) {
            query.setTimestamp(1, Timestamp.from(clock.instant()));
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                FailedPost post = FailedPost.read(rows);
                causes.merge(post.cause(), 1, Integer::sum);
                lines.add(post.describe());
              }
            }
          }
          Map<String, Double> figures = new LinkedHashMap<>();
          figures.put("failed", (double) lines.size());
          for (PostFailureCause cause : PostFailureCause.values()) {
            figures.put(cause.figure(), (double) causes.getOrDefault(cause, 0));
          }
          return Result.ok(Observation.of(figures, lines));
        });
  }

  ExpiredAccounts expiredAccounts(String database) {
    List<ExpiredAccounts.Account> accounts = new ArrayList<>();
    Result result =
        jdbc.run(
            database,
            "reading expired social tokens",
            connection -> {
              accounts.clear();
              try (PreparedStatement query = jdbc.prepare(connection, sql.expiredTokens())) {
                query.setTimestamp(1, Timestamp.from(clock.instant()));
                try (ResultSet rows = query.executeQuery()) {
                  while (rows.next()) {
                    accounts.add(
                        new ExpiredAccounts.Account(
                            rows.getLong("id"),
                            rows.getString("platform"),
                            rows.getString("owner"),
                            rows.getTimestamp("token_expires_at").toInstant()));
                  }
                }
              }
              List<String> lines =
                  accounts.stream()
                      .map(
                          a ->
                              "%s connection %d of %s expired at %s"
                                  .formatted(
                                      a.platform(), a.connection(), a.owner(), a.expiredAt()))
                      .toList();
              return Result.ok(Observation.of(Map.of("expired", (double) lines.size()), lines));
            });
    return new ExpiredAccounts(result, result.succeeded() ? accounts : List.of());
  }

  Result retrySocialPosts(String database, String reason, Duration delay, int maxPosts) {
    PostFailureCause cause = PostFailureCause.byFigure(reason);
    Instant nextAttempt = clock.instant().plus(delay);
    return jdbc.run(
        database,
        "retrying " + reason + " social posts",
        connection -> {
          List<Long> ids = new ArrayList<>();
          try (PreparedStatement query = jdbc.prepare(connection, sql.retryCandidates())) {
            query.setTimestamp(1, Timestamp.from(clock.instant()));
            query.setInt(2, RETRY_SCAN_LIMIT);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next() && ids.size() < maxPosts) {
                FailedPost post = FailedPost.read(rows);
                if (post.cause() == cause) {
                  ids.add(post.id());
                }
              }
            }
          }
          Array idArray = connection.createArrayOf("bigint", ids.toArray());
          try (PreparedStatement update = jdbc.prepare(connection, sql.retryPosts())) {
            update.setTimestamp(1, Timestamp.from(nextAttempt));
            update.setArray(2, idArray);
            int changed = update.executeUpdate();
            return Result.ok(
                Observation.of(
                    Map.of("rowsChanged", (double) changed),
                    List.of("re-queued posts " + ids + " for " + nextAttempt)));
          }
        });
  }

  Result failedSyncEvents(String database, int limit) {
    return jdbc.run(
        database,
        "reading failed sync events",
        connection -> {
          long failed;
          try (PreparedStatement count = jdbc.prepare(connection, sql.failedSyncCount());
              ResultSet row = count.executeQuery()) {
            row.next();
            failed = row.getLong(1);
          }
          List<String> lines = new ArrayList<>();
          try (PreparedStatement query = jdbc.prepare(connection, sql.failedSync())) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                lines.add(allColumns(rows));
              }
            }
          }
          return Result.ok(Observation.of(Map.of("failed", (double) failed), lines));
        });
  }

  /** A row of {@code SELECT *} as {@code column=value} pairs, whatever columns the CRM has. */
  private static String allColumns(ResultSet row) throws SQLException {
    ResultSetMetaData meta = row.getMetaData();
    List<String> pairs = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      pairs.add(meta.getColumnName(i) + "=" + row.getString(i));
    }
    return "sync event " + String.join(" ", pairs);
  }

  Result retryFailedSyncEvents(String database, Duration since) {
    Instant cutoff = clock.instant().minus(since);
    return jdbc.run(
        database,
        "retrying failed sync events",
        connection -> {
          try (PreparedStatement update = jdbc.prepare(connection, sql.retrySync())) {
            update.setTimestamp(1, Timestamp.from(cutoff));
            int changed = update.executeUpdate();
            return Result.ok(
                Observation.of(
                    Map.of("rowsChanged", (double) changed),
                    List.of(changed + " FAILED sync events since " + cutoff + " set to PENDING")));
          }
        });
  }
}
