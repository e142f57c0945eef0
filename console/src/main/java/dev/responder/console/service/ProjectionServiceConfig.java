package dev.responder.console.service;

import dev.responder.runtime.config.Settings;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.util.Map;

/**
 * The projection service's configuration, read by {@link #fromMap} from {@code RESPONDER_*} entries
 * such as the environment. The database password may instead be read from the file {@code
 * RESPONDER_PROJECTION_DB_PASSWORD_FILE} names (a mounted Secret). {@code toString} masks it.
 *
 * @param bootstrapServers Kafka's bootstrap servers
 * @param jdbcUrl the projection's PostgreSQL database, without credentials
 * @param user the database user, or null when the URL carries it
 * @param password the database password, or null when the URL carries it
 * @param kafkaSecurity how the projection's Kafka clients authenticate
 * @param httpPort where {@code /livez}, {@code /readyz} and {@code /metrics} listen (0: any)
 */
public record ProjectionServiceConfig(
    String bootstrapServers,
    KafkaClientSecurity kafkaSecurity,
    String jdbcUrl,
    String user,
    String password,
    int httpPort) {

  public static final String BOOTSTRAP = "RESPONDER_KAFKA_BOOTSTRAP";
  public static final String JDBC_URL = "RESPONDER_PROJECTION_JDBC_URL";
  public static final String DB_USER = "RESPONDER_PROJECTION_DB_USER";
  public static final String DB_PASSWORD = "RESPONDER_PROJECTION_DB_PASSWORD";
  public static final String HTTP_PORT = "RESPONDER_PROJECTION_HTTP_PORT";

  public ProjectionServiceConfig {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException(BOOTSTRAP + " is required: Kafka's bootstrap servers");
    }
    if (kafkaSecurity == null) {
      throw new IllegalArgumentException(KafkaClientSecurity.PROTOCOL + " is required");
    }
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          JDBC_URL
              + " must be a PostgreSQL JDBC URL such as jdbc:postgresql://db:5432/responder,"
              + " got '"
              + jdbcUrl
              + "'");
    }
    if (httpPort < 0 || httpPort > 65_535) {
      throw new IllegalArgumentException(HTTP_PORT + " must be from 0 to 65535, got " + httpPort);
    }
  }

  /** Reads the configuration; the HTTP port defaults to 8084. */
  public static ProjectionServiceConfig fromMap(Map<String, String> values) {
    Settings read = new Settings(values);
    return new ProjectionServiceConfig(
        read.text(BOOTSTRAP, null),
        KafkaClientSecurity.read(read),
        read.text(JDBC_URL, null),
        read.text(DB_USER, null),
        read.secret(DB_PASSWORD).orElse(null),
        read.port(HTTP_PORT, 8084));
  }

  @Override
  public String toString() {
    return "ProjectionServiceConfig[kafka=%s (%s), jdbc=%s as %s (password %s), httpPort=%d]"
        .formatted(
            bootstrapServers,
            kafkaSecurity,
            jdbcUrl.replaceAll("password=[^&]*", "password=****"),
            user == null ? "the URL's user" : user,
            password == null ? "none" : "****",
            httpPort);
  }
}
