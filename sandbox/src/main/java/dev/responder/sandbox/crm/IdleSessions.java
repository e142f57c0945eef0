package dev.responder.sandbox.crm;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * resets the pool. Counting them never touches them (it looks their server pids up in {@code
 * pg_stat_activity} from another session), so their idle time keeps growing as a leak's does.
 */
final class IdleSessions implements AutoCloseable {

  /** The application name the sessions show in {@code pg_stat_activity}. */
  static final String APPLICATION_NAME = "crm-backend";

  private static final Logger LOGGER = LoggerFactory.getLogger(IdleSessions.class);

  private final DataSource dataSource;
  private static final String LIVE =
      "SELECT count(*) FROM pg_stat_activity WHERE pid = ANY (?) AND backend_type = 'client backend'";

  private final List<Connection> held = new ArrayList<>();
  private final List<Integer> pids = new ArrayList<>();

  IdleSessions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Opens {@code count} more sessions and leaves them idle. */
  synchronized void open(int count) throws SQLException {
    for (int i = 0; i < count; i++) {
      Connection connection = dataSource.getConnection();
      held.add(connection);
      connection.setClientInfo("ApplicationName", APPLICATION_NAME);
      try (Statement statement = connection.createStatement();
          ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
        pid.next();
        pids.add(pid.getInt(1));
      }
    }
  }

  /**
   * How many held sessions the server has not terminated, read from {@code pg_stat_activity} on a
   * session of its own, so the held ones stay idle.
   */
  synchronized int alive() throws SQLException {
    if (pids.isEmpty()) {
      return 0;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(LIVE)) {
      Array array = connection.createArrayOf("integer", pids.toArray());
      query.setArray(1, array);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
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
    pids.clear();
  }
}
