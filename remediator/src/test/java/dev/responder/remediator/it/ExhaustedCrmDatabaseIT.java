package dev.responder.remediator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.responder.remediator.adapter.postgres.PostgresCrmDatabase;
import dev.responder.remediator.adapter.postgres.PostgresPools;
import dev.responder.remediator.port.Result;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.junit.SandboxExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The incident "Database Connection Exhausted" must not starve its own repair: with every
 * connection slot of the CRM database taken, the remediator's reserved CRM connections (opened at
 * start and kept) still terminate the idle sessions.
 */
@ExtendWith(SandboxExtension.class)
class ExhaustedCrmDatabaseIT {

  private final Postgres postgres;

  ExhaustedCrmDatabaseIT(Postgres postgres) {
    this.postgres = postgres;
  }

  @Test
  void shouldTerminateIdleSessionsWhenTheCrmDatabaseRefusesNewConnections() throws SQLException {
    MutableClock clock = new MutableClock(Instant.now());
    List<Connection> hogs = new ArrayList<>();
    try (HikariDataSource reserved =
        PostgresPools.reserved(
            "crm-reserved",
            postgres.jdbcUrl(),
            postgres.user(),
            postgres.password(),
            2,
            Duration.ofSeconds(5))) {
      SQLException refused = exhaust(hogs);
      assertThat(refused.getSQLState()).as(refused.getMessage()).isEqualTo("53300");
      assertThatThrownBy(this::connect).isInstanceOf(SQLException.class);
      clock.advance(Duration.ofMinutes(11));

      Result terminated =
          new PostgresCrmDatabase(reserved, "crm", Duration.ofSeconds(5), clock)
              .terminateIdleConnections("crm", Duration.ofMinutes(10));

      assertThat(terminated.succeeded()).as(terminated.message()).isTrue();
      assertThat(terminated.observation().figures().get("terminated"))
          .isGreaterThanOrEqualTo((double) hogs.size());
      connect().close();
    } finally {
      for (Connection hog : hogs) {
        try {
          hog.close();
        } catch (SQLException e) {
          // terminated by the repair: already gone
        }
      }
    }
  }

  /** Opens idle sessions until the server refuses one; the refusal. */
  private SQLException exhaust(List<Connection> hogs) {
    for (int i = 0; i < 1000; i++) {
      try {
        hogs.add(connect());
      } catch (SQLException e) {
        return e;
      }
    }
    throw new AssertionError("the server took 1000 connections without refusing one");
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
  }
}
