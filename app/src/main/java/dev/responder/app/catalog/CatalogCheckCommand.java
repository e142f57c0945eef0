package dev.responder.app.catalog;

import dev.responder.schemas.catalog.Catalog;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code responder catalog check FILE}: validates a catalog. Exit 0 with a one-line summary when it
 * is valid; exit 1 with every problem (line, column, hint) when it is not.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Validate a runbook catalog and print a summary, or every problem in it.")
public final class CatalogCheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CatalogFile catalogFile;

  @Override
  public Integer call() {
    Optional<Catalog> catalog = catalogFile.load(spec.commandLine().getErr());
    if (catalog.isEmpty()) {
      return CatalogFile.INVALID;
    }
    spec.commandLine().getOut().println(summary(catalog.get()));
    return 0;
  }

  private String summary(Catalog catalog) {
    return catalogFile.path()
        + ": valid, catalog version "
        + catalog.version()
        + ", "
        + catalog.runbooks().size()
        + " runbooks, "
        + catalog.allSteps().size()
        + " steps using "
        + catalog.operationsUsed().size()
        + " operations";
  }
}
