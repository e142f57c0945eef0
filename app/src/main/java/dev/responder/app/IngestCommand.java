package dev.responder.app;

import dev.responder.ingest.IngestConfig;
import dev.responder.ingest.IngestService;
import java.io.IOException;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code responder ingest}: runs the ingest service alone until the process is stopped. The
 * configuration is read from an optional properties file, then from the environment, which wins.
 */
@Command(
    name = "ingest",
    description = {
      "Run the ingest service alone: Alertmanager webhooks (POST /v1/alertmanager) and CRM events"
          + " (POST /v1/events) into Kafka.",
      "Configured by RESPONDER_* environment variables (RESPONDER_INGEST_PORT,"
          + " RESPONDER_KAFKA_BOOTSTRAP, RESPONDER_INGEST_TOKEN_FILE, ...; see docs/crm-events.md"
          + " and the ingest module), which override the --config file."
    })
public final class IngestCommand extends ServiceCommand {

  public IngestCommand() {
    this(System.getenv());
  }

  IngestCommand(Map<String, String> environment) {
    super("ingest", environment);
  }

  @Override
  public Integer call() throws Exception {
    IngestConfig config;
    try {
      config = IngestConfig.fromMap(settings());
    } catch (IllegalArgumentException | IOException e) {
      return usage(e.getMessage());
    }
    IngestService service = IngestService.start(config);
    return runUntilStopped(service::close, "listening on " + service.uri());
  }
}
