package dev.responder.app;

import dev.responder.remediator.service.RemediatorConfig;
import dev.responder.remediator.service.RemediatorService;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code responder remediator}: runs the remediator alone until the process is stopped. The
 * configuration is read from an optional properties file, then from the environment, which wins.
 */
@Command(
    name = "remediator",
    description = {
      "Run the remediator alone: incident events and commands from Kafka, the runbook's checks and"
          + " actions behind guardrails, outcomes to Kafka; GET /livez, /readyz, /metrics.",
      "Configured by RESPONDER_* environment variables (RESPONDER_KAFKA_BOOTSTRAP,"
          + " RESPONDER_CRM_JDBC_URL, RESPONDER_REDIS_URL, RESPONDER_NOTIFY_WEBHOOK,"
          + " RESPONDER_REMEDIATOR_DRY_RUN, ...; see docs/remediator.md), which override the"
          + " --config file."
    })
public final class RemediatorCommand extends ServiceCommand {

  public RemediatorCommand() {
    this(System.getenv());
  }

  RemediatorCommand(Map<String, String> environment) {
    super("remediator", environment);
  }

  @Override
  public Integer call() throws Exception {
    RemediatorConfig config;
    try {
      config = RemediatorConfig.fromMap(settings());
    } catch (IllegalArgumentException | IOException e) {
      return usage(e.getMessage());
    }
    RemediatorService service;
    try {
      service = RemediatorService.start(config, Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    } catch (IllegalStateException e) {
      return startFailed(e);
    }
    return runUntilStopped(service::close, "health on " + service.uri());
  }
}
