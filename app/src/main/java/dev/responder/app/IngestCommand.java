package dev.responder.app;

import dev.responder.ingest.IngestConfig;
import dev.responder.ingest.IngestService;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
public final class IngestCommand implements Callable<Integer> {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "A properties file of RESPONDER_* entries (environment variables win).")
  Path configFile;

  @Spec CommandSpec spec;

  private final Map<String, String> environment;

  public IngestCommand() {
    this(System.getenv());
  }

  IngestCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    IngestConfig config;
    try {
      config = IngestConfig.fromMap(settings());
    } catch (IllegalArgumentException | IOException e) {
      spec.commandLine().getErr().println("responder ingest: " + e.getMessage());
      return ExitCode.USAGE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    IngestService service = IngestService.start(config);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  stopped.countDown();
                },
                "ingest-shutdown"));
    spec.commandLine().getOut().println("responder ingest: listening on " + service.uri());
    stopped.await();
    return ExitCode.OK;
  }

  private Map<String, String> settings() throws IOException {
    Map<String, String> settings = new HashMap<>();
    if (configFile != null) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new IOException("cannot read --config " + configFile + ": " + e.getMessage(), e);
      }
      properties
          .stringPropertyNames()
          .forEach(key -> settings.put(key, properties.getProperty(key)));
    }
    settings.putAll(environment);
    return settings;
  }
}
