package dev.responder.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.app.Main;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code responder catalog check --jdbc} against a real PostgreSQL holding the simulator's CRM
 * schema, and the contract between the two: the simulator has exactly the runbook's columns plus
 * those the catalog's {@code crmSchema} names.
 */
@ExtendWith(SandboxExtension.class)
class CatalogCheckJdbcIT {

  private static final Path CRM = Path.of("../runbooks/crm.yaml");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Postgres postgres;

  CatalogCheckJdbcIT(Postgres postgres) {
    this.postgres = postgres;
  }

  @Test
  void shouldFindEveryColumnOfTheShippedCatalogInTheSimulatorsSchema(@TempDir Path dir)
      throws IOException {
    int exit = check(CRM, dir);

    assertThat(err.toString()).isEmpty();
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("has every column");
  }

  @Test
  void shouldNameAColumnTheCatalogNamesButTheDatabaseLacks(@TempDir Path dir) throws IOException {
    Path catalog = dir.resolve("crm.yaml");
    Files.writeString(
        catalog,
        Files.readString(CRM)
            .replace("socialPostErrorCode: error_code", "socialPostErrorCode: failure_reason"));

    int exit = check(catalog, dir);

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "error[missing-column] the CRM database has no column \"SocialPost\".failure_reason")
        .contains("1 missing column");
  }

  @Test
  void shouldGiveTheSimulatorOnlyTheRunbooksAndTheCatalogsColumns() throws SQLException {
    Catalog catalog = ((LoadResult.Loaded) CatalogLoader.load(CRM)).catalog();
    var required = catalog.crmSchema().requiredColumns();

    var live =
        LiveColumns.read(
            postgres.jdbcUrl(), postgres.user(), postgres.password(), required.keySet());

    assertThat(live).isEqualTo(required);
  }

  private int check(Path catalog, Path dir) throws IOException {
    Path password = Files.writeString(dir.resolve("password"), postgres.password());
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(
        "catalog",
        "check",
        catalog.toString(),
        "--jdbc",
        postgres.jdbcUrl(),
        "--user",
        postgres.user(),
        "--password-file",
        password.toString());
  }
}
