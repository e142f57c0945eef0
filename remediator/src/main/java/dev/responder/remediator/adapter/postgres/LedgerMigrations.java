package dev.responder.remediator.adapter.postgres;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Migrates the ledger's schema with Flyway before anything reads or writes it. */
public final class LedgerMigrations {

  /** The schema the ledger lives in, beside the CRM's tables or in its own database. */
  public static final String SCHEMA = "responder";

  private static final Logger LOGGER = LoggerFactory.getLogger(LedgerMigrations.class);

  private LedgerMigrations() {}

  public static void migrate(DataSource dataSource) {
    var result =
        Flyway.configure()
            .dataSource(dataSource)
            .schemas(SCHEMA)
            .createSchemas(true)
            .locations("classpath:db/remediator")
            .load()
            .migrate();
    LOGGER.info(
        "Ledger schema {} at version {} ({} migrations applied)",
        SCHEMA,
        result.targetSchemaVersion,
        result.migrationsExecuted);
  }
}
