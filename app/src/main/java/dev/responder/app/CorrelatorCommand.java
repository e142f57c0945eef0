package dev.responder.app;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.CorrelatorService;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.topology.CorrelatorTopics;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code responder correlator}: the Kafka Streams correlator on its own, configured from the
 * environment ({@code RESPONDER_KAFKA_BOOTSTRAP}, {@code RESPONDER_CORRELATOR_*}, {@code
 * RESPONDER_CATALOG}). It validates the configuration and the catalog before starting, and runs
 * until the process is stopped.
 */
@Command(
    name = "correlator",
    mixinStandardHelpOptions = true,
    description =
        "Run the correlator alone: alerts and commands in, incidents and their events out,"
            + " with /livez, /readyz and /metrics.")
public final class CorrelatorCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final Map<String, String> environment;

  public CorrelatorCommand() {
    this(System.getenv());
  }

  CorrelatorCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    CorrelatorConfig config;
    CatalogPorts catalog;
    try {
      config = CorrelatorConfig.fromMap(environment);
      catalog = CatalogPorts.load(config.catalogFile());
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("responder correlator: " + e.getMessage());
      return ExitCode.USAGE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    CorrelatorService service =
        CorrelatorService.start(
            config,
            CorrelatorTopics.standard(),
            catalog.classifier(),
            catalog.policy(),
            catalog.severityRules());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  stopped.countDown();
                },
                "correlator-shutdown"));
    spec.commandLine()
        .getOut()
        .println("responder correlator: running; endpoints on port " + service.httpPort());
    stopped.await();
    return ExitCode.OK;
  }
}
