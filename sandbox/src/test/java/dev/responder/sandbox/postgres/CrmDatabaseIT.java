package dev.responder.sandbox.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.junit.SandboxExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class CrmDatabaseIT {

  private final Postgres postgres;

  CrmDatabaseIT(Postgres postgres) {
    this.postgres = postgres;
  }

  @Test
  void shouldFindFailedPostsWithTheRunbooksQuery() throws SQLException {
    // given
    String owner = "owner-" + UUID.randomUUID();
    try (Connection connection = postgres.dataSource().getConnection()) {
      insertPost(connection, "linkedin", "FAILED", "token expired " + owner);
      insertPost(connection, "x", "PUBLISHED", null);
      insertPost(connection, "facebook", "FAILED", "rate limited " + owner);

      // when
      List<String> failed = new ArrayList<>();
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT id, platform, status, error_message FROM \"SocialPost\""
                  + " WHERE status = 'FAILED' AND error_message LIKE '%' || ?"
                  + " ORDER BY created_at DESC LIMIT 10")) {
        query.setString(1, owner);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            failed.add(rows.getString("platform") + ": " + rows.getString("error_message"));
          }
        }
      }

      // then
      assertThat(failed)
          .containsExactlyInAnyOrder(
              "linkedin: token expired " + owner, "facebook: rate limited " + owner);
    }
  }

  @Test
  void shouldCutOffAnIdleConnectionTerminatedWithPgTerminateBackend() throws SQLException {
    // given
    try (Connection victim = postgres.dataSource().getConnection();
        Connection operator = postgres.dataSource().getConnection()) {
      int victimPid = backendPid(victim);
      await().atMost(Duration.ofSeconds(10)).until(() -> "idle".equals(state(operator, victimPid)));

      // when
      try (PreparedStatement terminate =
          operator.prepareStatement(
              "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                  + " WHERE datname = 'crm' AND state = 'idle' AND pid = ?")) {
        terminate.setInt(1, victimPid);
        try (ResultSet result = terminate.executeQuery()) {
          assertThat(result.next()).isTrue();
          assertThat(result.getBoolean(1)).isTrue();
        }
      }

      // then
      assertThatThrownBy(() -> backendPid(victim))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("57P01");
    }
  }

  private static void insertPost(
      Connection connection, String platform, String status, String error) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO \"SocialPost\" (platform, status, error_message) VALUES (?, ?, ?)")) {
      insert.setString(1, platform);
      insert.setString(2, status);
      insert.setString(3, error);
      insert.executeUpdate();
    }
  }

  private static int backendPid(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
      result.next();
      return result.getInt(1);
    }
  }

  private static String state(Connection connection, int pid) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT state FROM pg_stat_activity WHERE pid = ?")) {
      query.setInt(1, pid);
      try (ResultSet result = query.executeQuery()) {
        return result.next() ? result.getString(1) : null;
      }
    }
  }
}
