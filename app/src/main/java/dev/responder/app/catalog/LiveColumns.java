package dev.responder.app.catalog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The columns of the CRM's tables in a live database, read from {@code information_schema} in the
 * connection's current schema (as the runbook's unqualified table names resolve).
 */
final class LiveColumns {

  private static final String COLUMNS =
      "SELECT table_name, column_name FROM information_schema.columns"
          + " WHERE table_schema = current_schema() AND table_name = ANY (?)"
          + " ORDER BY table_name, ordinal_position";

  private LiveColumns() {}

  static Map<String, Set<String>> read(
      String jdbcUrl, String user, String password, Set<String> tables) throws SQLException {
    Map<String, Set<String>> columns = new TreeMap<>();
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        PreparedStatement query = connection.prepareStatement(COLUMNS)) {
      query.setArray(1, connection.createArrayOf("text", tables.toArray()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columns
              .computeIfAbsent(rows.getString(1), t -> new LinkedHashSet<>())
              .add(rows.getString(2));
        }
      }
    }
    return columns;
  }
}
