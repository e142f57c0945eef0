package dev.responder.remediator.adapter.postgres;

import dev.responder.remediator.crm.PostFailureCause;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The runbook's queries and repairs on the CRM's social posts, tokens and sync log. */
final class CrmDataRepairs {

  private static final String FAILED_POSTS =
      "SELECT id, platform, status, error_message FROM \"SocialPost\""
          + " WHERE status = 'FAILED' ORDER BY created_at DESC LIMIT ?";
  private static final String EXPIRED_TOKENS =
      "SELECT id, platform, account_owner, token_expires_at FROM \"SocialConnection\""
          + " WHERE token_expires_at < ? ORDER BY token_expires_at";
  private static final String RETRY_CANDIDATES =
      "SELECT id, error_message FROM \"SocialPost\" WHERE status = 'FAILED'"
          + " ORDER BY created_at LIMIT ?";
  private static final String RETRY_POSTS =
      "UPDATE \"SocialPost\" SET status = 'PENDING', next_attempt_at = ?,"
          + " retry_count = retry_count + 1 WHERE id = ANY (?) AND status = 'FAILED'";
  private static final String FAILED_SYNC_COUNT =
      "SELECT count(*) FROM \"SyncLog\" WHERE status = 'FAILED'";
  private static final String FAILED_SYNC =
      "SELECT id, entity, error_message, created_at FROM \"SyncLog\""
          + " WHERE status = 'FAILED' ORDER BY created_at DESC LIMIT ?";
  private static final String RETRY_SYNC =
      "UPDATE \"SyncLog\" SET status = 'PENDING', retry_count = 0"
          + " WHERE status = 'FAILED' AND created_at > ?";

  /** How many failed posts a retry looks at to find those of one cause. */
  private static final int RETRY_SCAN_LIMIT = 1000;

  private final CrmJdbc jdbc;
  private final Clock clock;

  CrmDataRepairs(CrmJdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Result failedSocialPosts(String database, int limit) {
    return jdbc.run(
        database,
        "reading failed social posts",
        connection -> {
          Map<PostFailureCause, Integer> causes = new EnumMap<>(PostFailureCause.class);
          List<String> lines = new ArrayList<>();
          try (PreparedStatement query = jdbc.prepare(connection, FAILED_POSTS)) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                String error = rows.getString("error_message");
                causes.merge(PostFailureCause.of(error), 1, Integer::sum);
                lines.add(
                    "post %d on %s %s: %s"
                        .formatted(
                            rows.getLong("id"),
                            rows.getString("platform"),
                            rows.getString("status"),
                            error));
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

  Result expiredSocialTokens(String database) {
    return jdbc.run(
        database,
        "reading expired social tokens",
        connection -> {
          List<String> lines = new ArrayList<>();
          try (PreparedStatement query = jdbc.prepare(connection, EXPIRED_TOKENS)) {
            query.setTimestamp(1, Timestamp.from(clock.instant()));
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                lines.add(
                    "%s connection %d of %s expired at %s"
                        .formatted(
                            rows.getString("platform"),
                            rows.getLong("id"),
                            rows.getString("account_owner"),
                            rows.getTimestamp("token_expires_at").toInstant()));
              }
            }
          }
          return Result.ok(Observation.of(Map.of("expired", (double) lines.size()), lines));
        });
  }

  Result retrySocialPosts(String database, String reason, Duration delay, int maxPosts) {
    PostFailureCause cause = PostFailureCause.byFigure(reason);
    Instant nextAttempt = clock.instant().plus(delay);
    return jdbc.run(
        database,
        "retrying " + reason + " social posts",
        connection -> {
          List<Long> ids = new ArrayList<>();
          try (PreparedStatement query = jdbc.prepare(connection, RETRY_CANDIDATES)) {
            query.setInt(1, RETRY_SCAN_LIMIT);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next() && ids.size() < maxPosts) {
                if (PostFailureCause.of(rows.getString("error_message")) == cause) {
                  ids.add(rows.getLong("id"));
                }
              }
            }
          }
          Array idArray = connection.createArrayOf("bigint", ids.toArray());
          try (PreparedStatement update = jdbc.prepare(connection, RETRY_POSTS)) {
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
          try (PreparedStatement count = jdbc.prepare(connection, FAILED_SYNC_COUNT);
              ResultSet row = count.executeQuery()) {
            row.next();
            failed = row.getLong(1);
          }
          List<String> lines = new ArrayList<>();
          try (PreparedStatement query = jdbc.prepare(connection, FAILED_SYNC)) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                lines.add(
                    "sync %d %s at %s: %s"
                        .formatted(
                            rows.getLong("id"),
                            rows.getString("entity"),
                            rows.getTimestamp("created_at").toInstant(),
                            rows.getString("error_message")));
              }
            }
          }
          return Result.ok(Observation.of(Map.of("failed", (double) failed), lines));
        });
  }

  Result retryFailedSyncEvents(String database, Duration since) {
    Instant cutoff = clock.instant().minus(since);
    return jdbc.run(
        database,
        "retrying failed sync events",
        connection -> {
          try (PreparedStatement update = jdbc.prepare(connection, RETRY_SYNC)) {
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
