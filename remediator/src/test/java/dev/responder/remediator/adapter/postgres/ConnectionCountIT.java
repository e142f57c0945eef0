package dev.responder.remediator.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.port.Result;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.junit.SandboxExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The runbook counts connections twice: {@code SELECT count(*) FROM pg_stat_activity} on the whole
 * server (API unresponsive) and with {@code WHERE datname = 'crm'} (connections exhausted); both
 * are recorded, on a real PostgreSQL.
 */
@ExtendWith(SandboxExtension.class)
class ConnectionCountIT {

  @Test
  void shouldRecordTheServersConnectionsAndThoseOfTheDatabase(Postgres postgres)
      throws SQLException {
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        held.add(postgres.dataSource().getConnection());
      }
      String otherDatabase = postgres.jdbcUrl().replaceFirst("/crm(\\?|$)", "/postgres$1");
      for (int i = 0; i < 2; i++) {
        held.add(DriverManager.getConnection(otherDatabase, postgres.user(), postgres.password()));
      }
      var crm =
          new PostgresCrmDatabase(
              postgres.dataSource(), "crm", Duration.ofSeconds(5), Clock.systemUTC());

      Result counted = crm.connectionCount("crm");

      var figures = counted.observation().figures();
      assertThat(figures.get("total")).isGreaterThanOrEqualTo(3.0);
      assertThat(figures.get("serverTotal") - figures.get("total")).isGreaterThanOrEqualTo(2.0);
      assertThat(counted.observation().lines().get(0))
          .matches("server: \\d+ connections; database crm: \\d+");
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
  }
}
