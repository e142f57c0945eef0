package dev.responder.app;

import dev.responder.remediator.service.RemediatorConfig;
import dev.responder.remediator.service.RemediatorService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
public final class RemediatorCommand implements Callable<Integer> {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "A properties file of RESPONDER_* entries (environment variables win).")
  Path configFile;

  @Spec CommandSpec spec;

  private final Map<String, String> environment;

  public RemediatorCommand() {
    this(System.getenv());
  }

  RemediatorCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    RemediatorConfig config;
    try {
      config = RemediatorConfig.fromMap(ServiceSettings.read(configFile, environment));
    } catch (IllegalArgumentException | IOException e) {
      spec.commandLine().getErr().println("responder remediator: " + e.getMessage());
      return ExitCode.USAGE;
    }
    RemediatorService service;
    try {
      service = RemediatorService.start(config, Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("responder remediator: " + e.getMessage());
      return ExitCode.USAGE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  stopped.countDown();
                },
                "remediator-shutdown"));
    spec.commandLine().getOut().println("responder remediator: health on " + service.uri());
    stopped.await();
    return ExitCode.OK;
  }
}
