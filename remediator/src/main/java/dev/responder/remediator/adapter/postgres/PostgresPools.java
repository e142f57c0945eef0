package dev.responder.remediator.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/**
 * HikariCP pools for the remediator. Every connection carries the application name {@value
 * PostgresCrmDatabase#APPLICATION_NAME}, so terminating idle sessions never cuts the remediator's
 * own.
 */
public final class PostgresPools {

  private PostgresPools() {}

  public static HikariDataSource create(
      String name, String jdbcUrl, String user, String password, int size, Duration timeout) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(Math.max(250, timeout.toMillis()));
    config.addDataSourceProperty("ApplicationName", PostgresCrmDatabase.APPLICATION_NAME);
    return new HikariDataSource(config);
  }
}
