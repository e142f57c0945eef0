package dev.responder.app.catalog;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code responder catalog}: groups the catalog tools; without a subcommand prints the usage. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = "Check a runbook catalog, or explain how it classifies an alert.",
    subcommands = {
      CatalogCheckCommand.class,
      CatalogExplainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CatalogCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
