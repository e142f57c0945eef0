package dev.responder.app;

import dev.responder.operator.OperatorConfig;
import dev.responder.operator.OperatorService;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code responder operator-api}: runs the operator API alone until the process is stopped, as its
 * Deployment does. The configuration is read from an optional properties file, then from the
 * environment, which wins.
 */
@Command(
    name = "operator-api",
    description = {
      "Run the operator API alone: people's commands over HTTP (authenticated from a users file"
          + " of hashes), checked and written to Kafka; GET /livez, /readyz, /metrics.",
      "Configured by RESPONDER_* environment variables (RESPONDER_OPERATOR_USERS_FILE,"
          + " RESPONDER_OPERATOR_PORT, RESPONDER_CATALOG, RESPONDER_KAFKA_BOOTSTRAP, ...; see"
          + " docs/operators.md), which override the --config file."
    })
public final class OperatorApiCommand extends ServiceCommand {

  public OperatorApiCommand() {
    this(System.getenv());
  }

  OperatorApiCommand(Map<String, String> environment) {
    super("operator-api", environment);
  }

  @Override
  public Integer call() throws Exception {
    OperatorConfig config;
    try {
      config = OperatorConfig.fromMap(settings());
    } catch (IllegalArgumentException | IOException e) {
      return usage(e.getMessage());
    }
    OperatorService service;
    try {
      service = OperatorService.start(config, Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    } catch (IllegalStateException | IOException e) {
      return startFailed(e);
    }
    return runUntilStopped(service::close, "operator API on " + service.uri());
  }
}
