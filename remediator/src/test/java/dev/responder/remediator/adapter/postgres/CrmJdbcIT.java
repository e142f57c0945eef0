package dev.responder.remediator.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.junit.SandboxExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The CRM transaction's failures against a real PostgreSQL whose session is terminated. */
@ExtendWith(SandboxExtension.class)
class CrmJdbcIT {

  private HikariDataSource pool;
  private CrmJdbc jdbc;
  private Postgres postgres;

  @BeforeEach
  void connect(Postgres postgres) {
    this.postgres = postgres;
    pool =
        PostgresPools.create(
            "crm-jdbc-it",
            postgres.jdbcUrl(),
            postgres.user(),
            postgres.password(),
            2,
            Duration.ofSeconds(5));
    jdbc = new CrmJdbc(pool, "crm", Duration.ofSeconds(5));
  }

  @AfterEach
  void close() {
    pool.close();
  }

  @Test
  void shouldReportACommitWhoseConnectionBrokeAsInDoubt() {
    Result result = repairWithSessionTerminated(connection -> Result.ok(Observation.empty()));

    assertThat(result.failure()).contains(FailureKind.IN_DOUBT);
    assertThat(result.failure().get().mayHaveTakenEffect()).isTrue();
    assertThat(result.message()).startsWith("repair: commit failed: ");
  }

  @Test
  void shouldReportTheWorksFailureWhenTheRollbackFailsToo() {
    AtomicReference<SQLException> workFailure = new AtomicReference<>();

    Result result =
        repairWithSessionTerminated(
            connection -> {
              try (PreparedStatement statement = connection.prepareStatement("SELECT 1")) {
                statement.execute();
                return Result.ok(Observation.empty());
              } catch (SQLException e) {
                workFailure.set(e);
                throw e;
              }
            });

    assertThat(result.failure()).contains(CrmJdbc.kind(workFailure.get()));
    assertThat(result.message()).isEqualTo("repair: " + workFailure.get().getMessage());
    assertThat(workFailure.get().getSuppressed())
        .as("the rollback's own failure, kept")
        .isNotEmpty();
  }

  /** Runs a repair whose session is terminated inside its transaction, before {@code rest}. */
  private Result repairWithSessionTerminated(CrmJdbc.Work rest) {
    return jdbc.run(
        "crm",
        "repair",
        connection -> {
          terminate(connection);
          return rest.apply(connection);
        });
  }

  /** Terminates {@code victim}'s session from another connection, inside its open transaction. */
  private void terminate(Connection victim) throws SQLException {
    int pid;
    try (PreparedStatement statement = victim.prepareStatement("SELECT pg_backend_pid()");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      pid = rows.getInt(1);
    }
    try (Connection admin = postgres.dataSource().getConnection();
        PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
      kill.setInt(1, pid);
      kill.execute();
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> !alive(pid));
  }

  private boolean alive(int pid) throws SQLException {
    try (Connection admin = postgres.dataSource().getConnection();
        PreparedStatement statement =
            admin.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ?")) {
      statement.setInt(1, pid);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1) > 0;
      }
    }
  }
}
