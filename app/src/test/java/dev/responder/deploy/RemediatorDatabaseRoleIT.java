package dev.responder.deploy;

import static dev.responder.deploy.RoleTestDatabase.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.responder.remediator.adapter.postgres.LedgerMigrations;
import dev.responder.remediator.adapter.postgres.PostgresCrmDatabase;
import dev.responder.remediator.adapter.postgres.PostgresPools;
import dev.responder.remediator.port.Result;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.junit.SandboxExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code deploy/postgres/remediator-role.sql} on a real PostgreSQL: the remediator's own adapter
 * runs every runbook query and repair as {@code responder_remediator} and migrates its ledger, and
 * what the runbook never does is refused. A database of its own keeps the role's grants apart from
 * the shared sandbox's {@code crm} database ({@link RoleTestDatabase}).
 */
@ExtendWith(SandboxExtension.class)
class RemediatorDatabaseRoleIT {

  private static final String DATABASE = "crm_role_it";
  private static final String ROLE = "responder_remediator";
  private static final String PASSWORD = "role-it-password";
  private static final String CRM_APP = "crm_app_role_it";

  private static RoleTestDatabase database;
  private static HikariDataSource remediatorPool;
  private static PostgresCrmDatabase crm;

  @BeforeAll
  static void applyTheRoleScript(Postgres postgres) throws SQLException {
    database = RoleTestDatabase.create(postgres, DATABASE, "remediator-role.sql", List.of(ROLE));
    database.execute(
        "ALTER ROLE " + ROLE + " PASSWORD '" + PASSWORD + "'",
        "CREATE ROLE " + CRM_APP + " LOGIN PASSWORD 'crm'",
        "GRANT CONNECT ON DATABASE " + DATABASE + " TO " + CRM_APP,
        """
        ALTER TABLE "SocialPost" ADD COLUMN content TEXT, ADD COLUMN account_owner TEXT;
        ALTER TABLE "SyncLog" ADD COLUMN entity TEXT, ADD COLUMN error_message TEXT;
        INSERT INTO "SocialConnection" (id, platform, account_owner, token_expires_at)
          VALUES (1, 'linkedin', 'alice', now() - interval '1 day');
        INSERT INTO "SocialPost" (platform, connection_id, account_owner, content, status, error_message)
          VALUES ('linkedin', 1, 'alice', 'hello', 'FAILED', '429 Too Many Requests: rate limit');
        INSERT INTO "SyncLog" (entity, status, error_message)
          VALUES ('contact:42', 'FAILED', 'upstream timeout');
        """);
    remediatorPool =
        PostgresPools.create(
            "role-it", database.jdbcUrl(), ROLE, PASSWORD, 2, Duration.ofSeconds(5));
    crm =
        new PostgresCrmDatabase(remediatorPool, DATABASE, Duration.ofSeconds(5), Clock.systemUTC());
  }

  @AfterAll
  static void dropTheDatabaseAndRoles() throws SQLException {
    remediatorPool.close();
    database.drop(CRM_APP);
  }

  private static void assertSucceeded(Result result) {
    assertThat(result.succeeded()).as(result.message()).isTrue();
  }

  @Test
  void shouldRunEveryRunbookQueryAndRepairAsTheRemediatorsRole() {
    assertSucceeded(crm.connectionCount(DATABASE));
    assertSucceeded(crm.failedSocialPosts(DATABASE, 10));
    assertSucceeded(crm.expiredSocialTokens(DATABASE));
    assertSucceeded(crm.retrySocialPosts(DATABASE, "rateLimited", Duration.ofMinutes(15), 50));
    assertSucceeded(crm.failedSyncEvents(DATABASE, 10));
    assertSucceeded(crm.retryFailedSyncEvents(DATABASE, Duration.ofHours(1)));

    assertThat(crm.expiredSocialTokens(DATABASE).observation().figures())
        .containsEntry("expired", 1.0);
  }

  @Test
  void shouldTerminateAnotherRolesIdleSession() throws SQLException {
    try (Connection idle = DriverManager.getConnection(database.jdbcUrl(), CRM_APP, "crm")) {
      idle.createStatement().execute("SELECT 1");

      Result result = crm.terminateIdleConnections(DATABASE, Duration.ZERO);

      assertSucceeded(result);
      assertThat(result.observation().figures()).containsEntry("terminated", 1.0);
    }
  }

  @Test
  void shouldMigrateItsLedgerIntoTheSchemaItOwns() {
    LedgerMigrations.migrate(remediatorPool);

    assertSucceeded(crm.connectionCount(DATABASE));
  }

  @Test
  void shouldRefuseWhatNoRunbookDoes() throws SQLException {
    try (Connection remediator = remediatorPool.getConnection();
        Statement sql = remediator.createStatement()) {
      assertRefused(sql, "SELECT content FROM \"SocialPost\"");
      assertRefused(sql, "DELETE FROM \"SyncLog\"");
      assertRefused(sql, "UPDATE \"SocialConnection\" SET token_expires_at = now()");
      assertRefused(sql, "CREATE DATABASE forbidden_by_role");
    }
  }

  @Test
  void shouldNotTerminateASuperusersSession() throws SQLException {
    try (Connection superuser = database.asSuperuser();
        Connection remediator = remediatorPool.getConnection();
        Statement sql = remediator.createStatement()) {
      var row = superuser.createStatement().executeQuery("SELECT pg_backend_pid()");
      row.next();
      int pid = row.getInt(1);

      assertRefused(sql, "SELECT pg_terminate_backend(" + pid + ")");
    }
  }
}
