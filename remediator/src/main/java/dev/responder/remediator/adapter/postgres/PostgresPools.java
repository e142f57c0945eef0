package dev.responder.remediator.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * HikariCP pools for the remediator. Every connection carries the application name {@value
 * PostgresCrmDatabase#APPLICATION_NAME}, so terminating idle sessions never cuts the remediator's
 * own.
 */
public final class PostgresPools {

  private PostgresPools() {}

  public static HikariDataSource create(
      String name, String jdbcUrl, String user, String password, int size, Duration timeout) {
    HikariConfig config = config(name, jdbcUrl, user, password, size, timeout);
    config.setMinimumIdle(1);
    return new HikariDataSource(config);
  }

  /**
   * A pool of {@code size} connections opened at once and kept for the process's life (never
   * retired, kept alive), for the repairs of a database that may refuse new connections: when the
   * incident is "Database Connection Exhausted", the connections that terminate the idle sessions
   * are already there. A start that cannot open them fails.
   */
  public static HikariDataSource reserved(
      String name, String jdbcUrl, String user, String password, int size, Duration timeout) {
    HikariConfig config = config(name, jdbcUrl, user, password, size, timeout);
    config.setMinimumIdle(size);
    config.setMaxLifetime(0);
    config.setKeepaliveTime(Duration.ofMinutes(1).toMillis());
    HikariDataSource pool = new HikariDataSource(config);
    reserve(pool, size);
    return pool;
  }

  private static HikariConfig config(
      String name, String jdbcUrl, String user, String password, int size, Duration timeout) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(size);
    config.setConnectionTimeout(Math.max(250, timeout.toMillis()));
    config.addDataSourceProperty("ApplicationName", PostgresCrmDatabase.APPLICATION_NAME);
    return config;
  }

  /** Opens every connection now, rather than when the pool's filler gets to it. */
  private static void reserve(HikariDataSource pool, int size) {
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < size; i++) {
        held.add(pool.getConnection());
      }
    } catch (SQLException e) {
      pool.close();
      throw new IllegalStateException(
          "cannot open the " + size + " reserved connections of " + pool.getPoolName(), e);
    } finally {
      held.forEach(PostgresPools::release);
    }
  }

  private static void release(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // Returning a connection to the pool does not fail; nothing to do if it does.
    }
  }
}
