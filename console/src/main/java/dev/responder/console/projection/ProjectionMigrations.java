package dev.responder.console.projection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the projection's schema with Flyway, or drops it for a rebuild. */
public final class ProjectionMigrations {

  /** The projection's own schema, beside whatever else the database holds. */
  public static final String SCHEMA = "projection";

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

  /** Drops the whole schema (tables, views, Flyway's history) so a rebuild starts from nothing. */
  static void drop(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }
}
