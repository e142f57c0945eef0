package dev.responder.console.web;

import dev.responder.runtime.config.Settings;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The console's configuration, read by {@link #fromMap} from {@code RESPONDER_*} entries. The
 * database settings are the projection service's; the password may come from a file ({@code
 * RESPONDER_PROJECTION_DB_PASSWORD_FILE}). {@code toString} masks it.
 *
 * @param host the interface to listen on (null: every interface)
 * @param port the HTTP port (0: any free one)
 * @param operatorApi the operator API's base URL, through which every change goes
 * @param catalog the runbook catalog (components for the status page, runbooks for reports)
 * @param bootstrapServers Kafka, for replay and for {@code project}; empty when neither is wanted
 * @param project whether this process keeps the projection current itself (local mode), rather than
 *     a projection service
 * @param publicUrl the status page's public URL for the feeds, empty to use the request's host
 */
public record ConsoleConfig(
    String host,
    int port,
    String jdbcUrl,
    String user,
    String password,
    URI operatorApi,
    Path catalog,
    Optional<String> bootstrapServers,
    KafkaClientSecurity kafkaSecurity,
    boolean project,
    Optional<String> publicUrl) {

  public static final String HOST = "RESPONDER_CONSOLE_HOST";
  public static final String PORT = "RESPONDER_CONSOLE_PORT";
  public static final String OPERATOR_API = "RESPONDER_OPERATOR_API_URL";
  public static final String CATALOG = "RESPONDER_CATALOG";
  public static final String PROJECT = "RESPONDER_CONSOLE_PROJECT";
  public static final String PUBLIC_URL = "RESPONDER_CONSOLE_PUBLIC_URL";
  public static final String BOOTSTRAP = "RESPONDER_KAFKA_BOOTSTRAP";
  public static final String JDBC_URL = "RESPONDER_PROJECTION_JDBC_URL";
  public static final String DB_USER = "RESPONDER_PROJECTION_DB_USER";
  public static final String DB_PASSWORD = "RESPONDER_PROJECTION_DB_PASSWORD";

  public ConsoleConfig {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          JDBC_URL + " must be a PostgreSQL JDBC URL, was '" + jdbcUrl + "'");
    }
    if (operatorApi == null || !(operatorApi.getScheme() + "").startsWith("http")) {
      throw new IllegalArgumentException(
          OPERATOR_API + " must be the operator API's http(s) URL, was '" + operatorApi + "'");
    }
    if (catalog == null) {
      throw new IllegalArgumentException(CATALOG + " must name the runbook catalog file");
    }
    if (project && bootstrapServers.isEmpty()) {
      throw new IllegalArgumentException(
          PROJECT + " needs " + BOOTSTRAP + ": the projection follows Kafka");
    }
  }

  /** Reads the configuration; the port defaults to 8086. */
  public static ConsoleConfig fromMap(Map<String, String> values) {
    Settings read = new Settings(values);
    String api = read.text(OPERATOR_API, null);
    return new ConsoleConfig(
        read.text(HOST, null),
        read.port(PORT, 8086),
        read.text(JDBC_URL, null),
        read.text(DB_USER, null),
        read.secret(DB_PASSWORD).orElse(null),
        api == null
            ? null
            : URI.create(api.endsWith("/") ? api.substring(0, api.length() - 1) : api),
        Optional.ofNullable(read.text(CATALOG, null)).map(Path::of).orElse(null),
        Optional.ofNullable(read.text(BOOTSTRAP, null)),
        KafkaClientSecurity.read(read),
        read.flag(PROJECT, false),
        Optional.ofNullable(read.text(PUBLIC_URL, null)));
  }

  @Override
  public String toString() {
    return ("ConsoleConfig[%s:%d, jdbc=%s as %s (password %s), operatorApi=%s, catalog=%s,"
            + " kafka=%s, project=%s]")
        .formatted(
            host == null ? "*" : host,
            port,
            jdbcUrl.replaceAll("password=[^&]*", "password=****"),
            user == null ? "the URL's user" : user,
            password == null ? "none" : "****",
            operatorApi,
            catalog,
            bootstrapServers.orElse("none"),
            project);
  }
}
