package dev.responder.app.catalog;

import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.CrmSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code responder catalog check FILE [--jdbc URL]}: validates a catalog, and with {@code --jdbc}
 * that a live CRM database has every column the runbook's SQL and the catalog's {@code crmSchema}
 * name. Exit 0 with a one-line summary when it is valid; exit 1 with every problem when it is not.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Validate a runbook catalog and print a summary, or every problem in it.")
public final class CatalogCheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CatalogFile catalogFile;

  @Option(
      names = "--jdbc",
      paramLabel = "URL",
      description =
          "Also check that the CRM database at URL has every column the runbook's SQL and the"
              + " catalog's crmSchema name, e.g. jdbc:postgresql://localhost:5432/crm.")
  String jdbcUrl;

  @Option(names = "--user", paramLabel = "USER", description = "The database user for --jdbc.")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "A file holding the password for --jdbc (never given on the command line).")
  Path passwordFile;

  @Override
  public Integer call() {
    Optional<Catalog> catalog = catalogFile.load(spec.commandLine().getErr());
    if (catalog.isEmpty()) {
      return CatalogFile.INVALID;
    }
    if (jdbcUrl != null && !schemaMatches(catalog.get())) {
      return CatalogFile.INVALID;
    }
    spec.commandLine().getOut().println(summary(catalog.get()));
    return 0;
  }

  /** Whether the live CRM database has every column Responder reads; prints what it lacks. */
  private boolean schemaMatches(Catalog catalog) {
    PrintWriter err = spec.commandLine().getErr();
    CrmSchema schema = catalog.crmSchema();
    List<String> missing;
    try {
      String password = passwordFile == null ? null : Files.readString(passwordFile).strip();
      missing =
          schema.missingFrom(
              LiveColumns.read(jdbcUrl, user, password, schema.requiredColumns().keySet()));
    } catch (IOException e) {
      err.println("responder catalog: cannot read the password file " + passwordFile + ": " + e);
      return false;
    } catch (SQLException e) {
      err.println(
          "responder catalog: cannot read the CRM schema at " + jdbcUrl + ": " + e.getMessage());
      return false;
    }
    missing.forEach(
        column ->
            err.println(
                catalogFile.path()
                    + ": error[missing-column] the CRM database has no column "
                    + column
                    + " (hint: the runbook's SQL or crmSchema names it; fix crmSchema or the"
                    + " database)"));
    if (!missing.isEmpty()) {
      err.println(
          catalogFile.path()
              + ": "
              + missing.size()
              + " missing "
              + (missing.size() == 1 ? "column" : "columns")
              + " at "
              + jdbcUrl);
    }
    return missing.isEmpty();
  }

  private String summary(Catalog catalog) {
    String schema = jdbcUrl == null ? "" : "; CRM schema at " + jdbcUrl + " has every column";
    return catalogFile.path()
        + ": valid, catalog version "
        + catalog.version()
        + ", "
        + catalog.runbooks().size()
        + " runbooks, "
        + catalog.allSteps().size()
        + " steps using "
        + catalog.operationsUsed().size()
        + " operations"
        + schema;
  }
}
