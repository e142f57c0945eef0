package dev.responder.sandbox.crm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * The CRM's rows the runbook reads and repairs, and the CRM's background jobs that act on them:
 * faults insert FAILED posts, expired tokens and FAILED sync events; each tick, posts put back to
 * PENDING are published once due (or fail again if their account's token expired), and PENDING sync
 * events are synced while the worker processes. So a repair's effect shows in the next check.
 */
final class CrmRecords {

  private static final List<String> PLATFORMS = List.of("linkedin", "facebook", "x", "instagram");

  private static final String INSERT_CONNECTION =
      "INSERT INTO \"SocialConnection\" (platform, account_owner, token_expires_at)"
          + " VALUES (?, ?, ?) RETURNING id";
  private static final String INSERT_POST =
      "INSERT INTO \"SocialPost\" (platform, connection_id, status, error_code, error_message,"
          + " created_at) VALUES (?, ?, 'FAILED', ?, ?, ?)";
  private static final String INSERT_SYNC =
      "INSERT INTO \"SyncLog\" (status, created_at) VALUES ('FAILED', ?)";
  private static final String FAIL_EXPIRED =
      "UPDATE \"SocialPost\" p SET status = 'FAILED', error_code = ?, error_message = ?"
          + " FROM \"SocialConnection\" c"
          + " WHERE p.connection_id = c.id AND p.status = 'PENDING' AND c.token_expires_at < ?"
          + " AND (p.next_attempt_at IS NULL OR p.next_attempt_at <= ?)";
  private static final String PUBLISH_DUE =
      "UPDATE \"SocialPost\" SET status = 'PUBLISHED', error_code = NULL, error_message = NULL"
          + " WHERE status = 'PENDING' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)";
  private static final String SYNC_PENDING =
      "UPDATE \"SyncLog\" SET status = 'SYNCED' WHERE status = 'PENDING'";

  private final DataSource dataSource;
  private final Clock clock;

  CrmRecords(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  void failSocialPosts(PostFailure cause, int count) throws SQLException {
    Instant now = clock.instant();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        String platform = PLATFORMS.get(i % PLATFORMS.size());
        String owner = "owner" + (i % 3 + 1) + "@customer.example";
        Instant expires =
            cause == PostFailure.TOKEN_EXPIRED
                ? now.minus(Duration.ofDays(1))
                : now.plus(Duration.ofDays(30));
        long connectionId = insertConnection(connection, platform, owner, expires);
        try (PreparedStatement post = connection.prepareStatement(INSERT_POST)) {
          post.setString(1, platform);
          post.setLong(2, connectionId);
          post.setString(3, cause.errorCode());
          post.setString(4, cause.errorMessage());
          post.setTimestamp(5, Timestamp.from(now));
          post.executeUpdate();
        }
      }
      connection.commit();
    }
  }

  void expireTokens(int count) throws SQLException {
    Instant expired = clock.instant().minus(Duration.ofHours(2));
    try (Connection connection = dataSource.getConnection()) {
      for (int i = 0; i < count; i++) {
        insertConnection(
            connection,
            PLATFORMS.get(i % PLATFORMS.size()),
            "owner" + (i + 1) + "@customer.example",
            expired);
      }
    }
  }

  private static long insertConnection(
      Connection connection, String platform, String owner, Instant expires) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_CONNECTION)) {
      insert.setString(1, platform);
      insert.setString(2, owner);
      insert.setTimestamp(3, Timestamp.from(expires));
      try (ResultSet id = insert.executeQuery()) {
        id.next();
        return id.getLong(1);
      }
    }
  }

  void failSyncEvents(int count) throws SQLException {
    Timestamp now = Timestamp.from(clock.instant());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT_SYNC)) {
      for (int i = 0; i < count; i++) {
        insert.setTimestamp(1, now);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The CRM's background jobs, one round: publish due posts, sync pending events. */
  void runBackgroundJobs(boolean workerProcessing) throws SQLException {
    Timestamp now = Timestamp.from(clock.instant());
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement expired = connection.prepareStatement(FAIL_EXPIRED)) {
        expired.setString(1, PostFailure.TOKEN_EXPIRED.errorCode());
        expired.setString(2, PostFailure.TOKEN_EXPIRED.errorMessage());
        expired.setTimestamp(3, now);
        expired.setTimestamp(4, now);
        expired.executeUpdate();
      }
      try (PreparedStatement publish = connection.prepareStatement(PUBLISH_DUE)) {
        publish.setTimestamp(1, now);
        publish.executeUpdate();
      }
      if (workerProcessing) {
        try (Statement sync = connection.createStatement()) {
          sync.executeUpdate(SYNC_PENDING);
        }
      }
    }
  }

  /** How many rows of each kind the runbook's checks would count now. */
  RecordCounts counts() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT (SELECT count(*) FROM \"SocialPost\" WHERE status = 'FAILED'),"
                    + " (SELECT count(*) FROM \"SocialPost\" WHERE status = 'FAILED'"
                    + " AND error_message = ?),"
                    + " (SELECT count(*) FROM \"SocialPost\" WHERE status = 'PENDING'),"
                    + " (SELECT count(*) FROM \"SocialConnection\" WHERE token_expires_at < ?),"
                    + " (SELECT count(*) FROM \"SyncLog\" WHERE status = 'FAILED'),"
                    + " (SELECT count(*) FROM \"SyncLog\" WHERE status = 'PENDING')")) {
      query.setString(1, PostFailure.RATE_LIMITED.errorMessage());
      query.setTimestamp(2, Timestamp.from(clock.instant()));
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return new RecordCounts(
            row.getInt(1),
            row.getInt(2),
            row.getInt(3),
            row.getInt(4),
            row.getInt(5),
            row.getInt(6));
      }
    }
  }
}
