package dev.responder.app;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.CorrelatorService;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.runtime.oncall.RefreshingCalendar;
import java.io.IOException;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code responder correlator}: the Kafka Streams correlator on its own, configured from an
 * optional properties file and the environment, which wins ({@code RESPONDER_KAFKA_BOOTSTRAP},
 * {@code RESPONDER_CORRELATOR_*}, {@code RESPONDER_CATALOG}). It validates the configuration and
 * the catalog before starting, and runs until the process is stopped, or exits with status 1 and
 * the cause on one line when Kafka Streams stops by itself, so Kubernetes restarts it.
 */
@Command(
    name = "correlator",
    mixinStandardHelpOptions = true,
    description = {
      "Run the correlator alone: alerts and commands in, incidents and their events out,"
          + " with /livez, /readyz and /metrics.",
      "Configured by RESPONDER_* environment variables (RESPONDER_KAFKA_BOOTSTRAP,"
          + " RESPONDER_CATALOG, RESPONDER_CORRELATOR_*; see docs/correlator.md), which override"
          + " the --config file."
    })
public final class CorrelatorCommand extends ServiceCommand {

  public CorrelatorCommand() {
    this(System.getenv());
  }

  CorrelatorCommand(Map<String, String> environment) {
    super("correlator", environment);
  }

  @Override
  public Integer call() throws Exception {
    CorrelatorConfig config;
    CatalogPorts catalog;
    try {
      config = CorrelatorConfig.fromMap(settings());
      catalog = CatalogPorts.load(config.catalogFile());
    } catch (IllegalArgumentException | IOException e) {
      return usage(e.getMessage());
    }
    // The stream thread reads the calendar's snapshot; this thread re-reads the file.
    catalog.onCallCalendar().ifPresent(c -> c.startRefreshing(RefreshingCalendar.REFRESH_EVERY));
    CorrelatorService service =
        CorrelatorService.start(
            config,
            CorrelatorTopics.standard(),
            catalog.classifier(),
            catalog.policy(),
            catalog.severityRules(),
            catalog.inhibitRules(),
            catalog.heartbeats());
    catalog.onCallCalendar().ifPresent(c -> c.bindTo(service.registry()));
    return runUntilStopped(
        service::close,
        "running; endpoints on port " + service.httpPort(),
        service.stoppedByItself());
  }
}
