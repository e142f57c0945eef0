package dev.responder.app;

import dev.responder.correlator.CorrelatorConfig;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code responder correlator}: the Kafka Streams correlator on its own, configured from the
 * environment ({@code RESPONDER_KAFKA_BOOTSTRAP_SERVERS}, {@code RESPONDER_CORRELATOR_*}). It
 * validates the configuration first; until the runbook catalog's adapter is wired it then says so
 * plainly and exits non-zero, so no one mistakes it for a running correlator.
 */
@Command(
    name = "correlator",
    description =
        "Run the correlator alone: alerts and commands in, incidents and their events out,"
            + " with /livez, /readyz and /metrics.")
public final class CorrelatorCommand implements Callable<Integer> {

  static final int BAD_CONFIGURATION = 4;
  static final int CATALOG_NOT_YET_WIRED = 3;

  @Spec CommandSpec spec;

  private final Map<String, String> environment;

  public CorrelatorCommand() {
    this(System.getenv());
  }

  CorrelatorCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    CorrelatorConfig config;
    try {
      config = CorrelatorConfig.fromMap(environment);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("responder correlator: " + e.getMessage());
      return BAD_CONFIGURATION;
    }
    spec.commandLine()
        .getErr()
        .println(
            "responder correlator: configuration is valid (catalog "
                + config.catalogFile()
                + "), but the runbook catalog's classifier and response policy are not wired"
                + " yet (issue 3); nothing was started.");
    return CATALOG_NOT_YET_WIRED;
  }
}
