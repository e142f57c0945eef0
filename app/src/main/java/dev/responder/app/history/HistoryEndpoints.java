package dev.responder.app.history;

import dev.responder.app.local.Endpoints;
import dev.responder.console.service.ProjectionServiceConfig;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * Where the history lives: Kafka and the projection's PostgreSQL, from explicit options or else
 * from a running local stack's {@code .responder/local/endpoints.json} (keys {@code kafka} and
 * {@code jdbc}).
 */
public final class HistoryEndpoints {

  static final Path LOCAL_ENDPOINTS = Path.of(".responder", "local", "endpoints.json");

  @Option(
      names = "--bootstrap",
      paramLabel = "HOST:PORT",
      description = "Kafka bootstrap servers (default: the local stack's)")
  String bootstrap;

  @Option(
      names = "--jdbc",
      paramLabel = "URL",
      description =
          "PostgreSQL JDBC URL with user and password of the projection (default: the local stack's)")
  String jdbc;

  @Option(
      names = "--endpoints",
      paramLabel = "FILE",
      description = "A local stack's endpoints file (default: ${DEFAULT-VALUE})",
      defaultValue = ".responder/local/endpoints.json")
  Path endpoints = LOCAL_ENDPOINTS;

  /** Kafka's bootstrap servers, or empty when neither an option nor the local stack names them. */
  Optional<String> kafka() throws IOException {
    return Optional.ofNullable(bootstrap).or(() -> local().map(Endpoints::kafka));
  }

  /** The JDBC URL, or fails saying how to give one. */
  String jdbcUrl() throws IOException {
    return Optional.ofNullable(jdbc)
        .or(() -> local().map(Endpoints::jdbc))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no database: give --jdbc URL, or start the local stack ('./responder local')"
                        + " so "
                        + endpoints
                        + " names it"));
  }

  /**
   * How the command's Kafka clients authenticate: the {@code RESPONDER_KAFKA_SECURITY_*} settings
   * of the environment, as the services read them (plain text when none is set).
   */
  KafkaClientSecurity kafkaSecurity() {
    return KafkaClientSecurity.fromMap(System.getenv());
  }

  /** Kafka's bootstrap servers, or fails saying how to give them. */
  String kafkaOrFail() throws IOException {
    return kafka()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no Kafka: give --bootstrap HOST:PORT, or start the local stack ('./responder"
                        + " local') so "
                        + endpoints
                        + " names it"));
  }

  /**
   * The projection service's settings: {@code environment}, with the options written over it, and
   * the local stack's endpoints for what neither names.
   */
  Map<String, String> serviceSettings(Map<String, String> environment) throws IOException {
    Map<String, String> settings = new HashMap<>(environment);
    settle(settings, ProjectionServiceConfig.BOOTSTRAP, bootstrap, Endpoints::kafka);
    settle(settings, ProjectionServiceConfig.JDBC_URL, jdbc, Endpoints::jdbc);
    return settings;
  }

  private void settle(
      Map<String, String> settings, String key, String option, Function<Endpoints, String> local) {
    if (option != null) {
      settings.put(key, option);
    } else if (settings.getOrDefault(key, "").isBlank()) {
      local().map(local).ifPresent(value -> settings.put(key, value));
    }
  }

  private Optional<Endpoints> local() {
    if (!Files.isRegularFile(endpoints)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Endpoints.fromJson(Files.readString(endpoints)));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read " + endpoints + " (" + e.getMessage() + ")", e);
    }
  }
}
