package dev.responder.sandbox.crm;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions a leaking {@code crm-backend} pool holds open on the CRM database: real JDBC connections
 * (application name {@value #APPLICATION_NAME}) that ran one query and now sit idle, so {@code
 * pg_terminate_backend} has real victims. A backend restart closes them, as replacing the pods
 * resets the pool.
 */
final class IdleSessions implements AutoCloseable {

  /** The application name the sessions show in {@code pg_stat_activity}. */
  static final String APPLICATION_NAME = "crm-backend";

  private static final Logger LOGGER = LoggerFactory.getLogger(IdleSessions.class);

  private final DataSource dataSource;
  private final List<Connection> held = new ArrayList<>();

  IdleSessions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Opens {@code count} more sessions and leaves them idle. */
  synchronized void open(int count) throws SQLException {
    for (int i = 0; i < count; i++) {
      Connection connection = dataSource.getConnection();
      held.add(connection);
      connection.setClientInfo("ApplicationName", APPLICATION_NAME);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT 1");
      }
    }
  }

  /**
   * How many held sessions the server has not terminated. Asking runs a tiny query on each session,
   * which makes it "active" for a moment and restarts its idle time.
   */
  synchronized int alive() {
    int alive = 0;
    for (Connection connection : held) {
      try {
        if (connection.isValid(2)) {
          alive++;
        }
      } catch (SQLException e) {
        LOGGER.debug("session check failed: {}", e.getMessage());
      }
    }
    return alive;
  }

  /** How many sessions are held, terminated by the server or not. */
  synchronized int held() {
    return held.size();
  }

  /** Closes every held session: the pool was reset. */
  @Override
  public synchronized void close() {
    for (Connection connection : held) {
      try {
        connection.close();
      } catch (SQLException e) {
        LOGGER.debug("closing a held session failed: {}", e.getMessage());
      }
    }
    held.clear();
  }
}
