package dev.responder.console.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the projection's tables with Flyway, or drops them for a rebuild. */
public final class ProjectionMigrations {

  /** The projection's own schema, beside whatever else the database holds. */
  public static final String SCHEMA = "projection";

  /** Views first: dropping a table first would take its views with it (CASCADE) unannounced. */
  private static final String RELATIONS =
      """
      SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                            WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, c.relname
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
       ORDER BY CASE c.relkind WHEN 'v' THEN 0 WHEN 'm' THEN 1 WHEN 'S' THEN 3 ELSE 2 END, c.relname
      """;

  private static final Logger LOGGER = LoggerFactory.getLogger(ProjectionMigrations.class);

  private ProjectionMigrations() {}

  public static void migrate(DataSource dataSource) {
    var result =
        Flyway.configure()
            .dataSource(dataSource)
            .schemas(SCHEMA)
            .createSchemas(true)
            .locations("classpath:db/projection")
            .load()
            .migrate();
    LOGGER.info(
        "Projection schema {} at version {} ({} migrations applied)",
        SCHEMA,
        result.targetSchemaVersion,
        result.migrationsExecuted);
  }

  /**
   * Drops every table and view of the schema (Flyway's history included) so a rebuild starts from
   * nothing, but keeps the schema itself: in production it is created by {@code
   * deploy/postgres/console-role.sql} and owned by the console's role, which has no {@code CREATE}
   * on the database and so could not create it again.
   */
  static void drop(Connection connection) throws SQLException {
    List<String> drops = new ArrayList<>();
    try (PreparedStatement relations = connection.prepareStatement(RELATIONS)) {
      relations.setString(1, SCHEMA);
      try (ResultSet rows = relations.executeQuery()) {
        while (rows.next()) {
          drops.add(
              "DROP %s IF EXISTS %s.%s CASCADE"
                  .formatted(rows.getString(1), SCHEMA, quoted(rows.getString(2))));
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      for (String drop : drops) {
        statement.execute(drop);
      }
    }
  }

  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
