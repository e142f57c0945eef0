package dev.responder.console.projection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * An MD5 over every row of each projection table, in key order: two projections with equal
 * checksums hold the same rows, column for column. Used to show a rebuild changes nothing.
 */
public final class ProjectionChecksum {

  private static final Map<String, String> TABLES_AND_ORDER =
      Map.of(
          "audit_log", "topic, \"partition\", \"offset\"",
          "chain_heads", "chain",
          "incidents", "incident_id",
          "positions", "topic, \"partition\"");

  private ProjectionChecksum() {}

  /** Table name to checksum (and row count), e.g. {@code audit_log -> 1a2b... (42 rows)}. */
  public static Map<String, String> of(DataSource dataSource) throws SQLException {
    Map<String, String> sums = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES_AND_ORDER.keySet().stream().sorted().toList()) {
        String sql =
            "SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY %s), '')), count(*) FROM projection.%s t"
                .formatted(TABLES_AND_ORDER.get(table), table);
        try (ResultSet row = statement.executeQuery(sql)) {
          row.next();
          sums.put(table, row.getString(1) + " (" + row.getLong(2) + " rows)");
        }
      }
    }
    return sums;
  }
}
