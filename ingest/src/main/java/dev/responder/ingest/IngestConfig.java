package dev.responder.ingest;

import dev.responder.ingest.http.ServerLimits;
import dev.responder.ingest.http.TlsSettings;
import dev.responder.ingest.kafka.ProducerSettings;
import dev.responder.ingest.payload.PayloadLimits;
import dev.responder.runtime.config.Settings;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ingest service's configuration, built from environment-style entries by {@link #fromMap}. Its
 * {@code toString} masks every secret, so it can be logged as a whole at start.
 *
 * @param alertmanager the credentials Alertmanager presents on {@code /v1/alertmanager}
 * @param events the credentials the CRM application presents on {@code /v1/events}
 * @param allowAnonymous whether an endpoint without credentials accepts any sender
 * @param tls the key store to serve HTTPS with, or null for plain HTTP
 * @param operationsPort a plain-HTTP port for the probes and metrics alone, or null to serve them
 *     on {@code port} with the receivers
 */
public record IngestConfig(
    String host,
    int port,
    int maxBodyBytes,
    PayloadLimits limits,
    ProducerSettings kafka,
    Duration retryAfter,
    Duration readinessInterval,
    SenderCredentials alertmanager,
    SenderCredentials events,
    boolean allowAnonymous,
    ServerLimits server,
    TlsSettings tls,
    Integer operationsPort) {

  public static final String HOST = "RESPONDER_INGEST_HOST";
  public static final String PORT = "RESPONDER_INGEST_PORT";
  public static final String OPERATIONS_PORT = "RESPONDER_INGEST_OPERATIONS_PORT";
  public static final String BOOTSTRAP = "RESPONDER_KAFKA_BOOTSTRAP";
  public static final String MAX_BODY_BYTES = "RESPONDER_INGEST_MAX_BODY_BYTES";
  public static final String MAX_ALERTS = "RESPONDER_INGEST_MAX_ALERTS";
  public static final String MAX_LABELS = "RESPONDER_INGEST_MAX_LABELS";
  public static final String MAX_LABEL_LENGTH = "RESPONDER_INGEST_MAX_LABEL_LENGTH";
  public static final String MAX_ALERT_BYTES = "RESPONDER_INGEST_MAX_ALERT_BYTES";
  public static final String DELIVERY_TIMEOUT_MS = "RESPONDER_INGEST_DELIVERY_TIMEOUT_MS";
  public static final String REQUEST_TIMEOUT_MS = "RESPONDER_INGEST_KAFKA_REQUEST_TIMEOUT_MS";
  public static final String MAX_BLOCK_MS = "RESPONDER_INGEST_MAX_BLOCK_MS";
  public static final String LINGER_MS = "RESPONDER_INGEST_LINGER_MS";
  public static final String COMPRESSION = "RESPONDER_INGEST_COMPRESSION";
  public static final String BUFFER_MEMORY_BYTES = "RESPONDER_INGEST_BUFFER_MEMORY_BYTES";
  public static final String RETRY_AFTER_SECONDS = "RESPONDER_INGEST_RETRY_AFTER_SECONDS";
  public static final String READINESS_INTERVAL_MS = "RESPONDER_INGEST_READINESS_INTERVAL_MS";
  public static final String TOKEN = "RESPONDER_INGEST_TOKEN";
  public static final String EVENTS_TOKEN = "RESPONDER_INGEST_EVENTS_TOKEN";
  public static final String BASIC_USER = "RESPONDER_INGEST_BASIC_USER";
  public static final String BASIC_PASSWORD = "RESPONDER_INGEST_BASIC_PASSWORD";
  public static final String ALLOW_ANONYMOUS = "RESPONDER_INGEST_ALLOW_ANONYMOUS";
  public static final String MAX_THREADS = "RESPONDER_INGEST_MAX_THREADS";
  public static final String MAX_CONNECTIONS = "RESPONDER_INGEST_MAX_CONNECTIONS";
  public static final String IDLE_TIMEOUT_MS = "RESPONDER_INGEST_IDLE_TIMEOUT_MS";
  public static final String TLS_KEYSTORE_FILE = "RESPONDER_INGEST_TLS_KEYSTORE_FILE";
  public static final String TLS_KEYSTORE_PASSWORD = "RESPONDER_INGEST_TLS_KEYSTORE_PASSWORD";
  public static final String TLS_KEYSTORE_TYPE = "RESPONDER_INGEST_TLS_KEYSTORE_TYPE";

  /** The default body limit: 4 MiB, room for 500 alerts of up to 8 KiB (see ingest/DESIGN.md). */
  public static final int DEFAULT_MAX_BODY_BYTES = 4 << 20;

  /**
   * The longest ingest may wait for Kafka. Alertmanager cuts a webhook attempt at its {@code
   * timeout} (10 s in deploy/alertmanager) and never bounds a notification below 10 s; the wait,
   * the safety timer's margin past it and the HTTP exchange must all fit inside, with room to
   * spare.
   */
  public static final Duration LONGEST_KAFKA_WAIT = Duration.ofSeconds(8);

  /** How long past the Kafka bound a request is answered 503 at the latest. */
  public static final Duration ANSWER_MARGIN = Duration.ofMillis(500);

  public IngestConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(kafka, "kafka");
    Objects.requireNonNull(alertmanager, "alertmanager");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(server, "server");
    if ((alertmanager.basicUser() == null) != (alertmanager.basicPassword() == null)) {
      throw new IllegalArgumentException(
          "basic auth needs both " + BASIC_USER + " and " + BASIC_PASSWORD + "(_FILE)");
    }
    Set<Secret> shared = new HashSet<>(alertmanager.tokens());
    shared.retainAll(events.tokens());
    if (!shared.isEmpty()) {
      throw new IllegalArgumentException(
          TOKEN
              + " and "
              + EVENTS_TOKEN
              + " share a token: each sender needs its own, so one cannot post as the other");
    }
    if (kafka.answerBound().compareTo(LONGEST_KAFKA_WAIT) > 0) {
      throw new IllegalArgumentException(
          MAX_BLOCK_MS
              + " + "
              + DELIVERY_TIMEOUT_MS
              + " must be at most "
              + LONGEST_KAFKA_WAIT.toMillis()
              + " ms, was "
              + kafka.answerBound().toMillis()
              + " ms: the answer must reach Alertmanager within its 10 s webhook timeout");
    }
  }

  /**
   * Reads the configuration from environment-style entries; unknown entries are ignored. Without
   * credentials it refuses to start unless anonymous senders are allowed explicitly: an open alert
   * endpoint lets anyone trigger remediation, so that must be a decision, not a default.
   */
  public static IngestConfig fromMap(Map<String, String> values) {
    Settings read = new Settings(values);
    IngestConfig config = read(read);
    if (!config.requiresAuth() && !config.allowAnonymous()) {
      throw new IllegalArgumentException(
          "no credentials configured: set "
              + TOKEN
              + "(_FILE) (Alertmanager) and/or "
              + EVENTS_TOKEN
              + "(_FILE) (CRM events), or "
              + BASIC_USER
              + " with "
              + BASIC_PASSWORD
              + "(_FILE), or "
              + ALLOW_ANONYMOUS
              + "=true to accept any sender");
    }
    return config;
  }

  private static IngestConfig read(Settings read) {
    PayloadLimits limits =
        new PayloadLimits(
            read.integer(MAX_ALERTS, PayloadLimits.DEFAULTS.maxAlerts(), 1, 100_000),
            read.integer(MAX_LABELS, PayloadLimits.DEFAULTS.maxLabels(), 1, 10_000),
            read.integer(MAX_LABEL_LENGTH, PayloadLimits.DEFAULTS.maxLabelLength(), 1, 1 << 20),
            read.integer(MAX_ALERT_BYTES, PayloadLimits.DEFAULTS.maxAlertBytes(), 256, 1 << 24));
    ProducerSettings kafka =
        new ProducerSettings(
            read.text(BOOTSTRAP, "localhost:9092"),
            read.millis(DELIVERY_TIMEOUT_MS, 5000, 1, 60_000),
            read.millis(REQUEST_TIMEOUT_MS, 2000, 1, 60_000),
            read.millis(MAX_BLOCK_MS, 1000, 0, 60_000),
            read.millis(LINGER_MS, 5, 0, 1000),
            read.text(COMPRESSION, "lz4"),
            read.integer(
                BUFFER_MEMORY_BYTES,
                (int) ProducerSettings.DEFAULT_BUFFER_MEMORY,
                16 << 10,
                Integer.MAX_VALUE),
            KafkaClientSecurity.read(read));
    SenderCredentials alertmanager =
        new SenderCredentials(
            SenderCredentials.tokens(read, TOKEN),
            read.text(BASIC_USER, null),
            read.secret(BASIC_PASSWORD).map(Secret::new).orElse(null));
    SenderCredentials events =
        new SenderCredentials(SenderCredentials.tokens(read, EVENTS_TOKEN), null, null);
    ServerLimits server =
        new ServerLimits(
            read.integer(MAX_THREADS, ServerLimits.DEFAULTS.maxThreads(), 8, 10_000),
            read.integer(MAX_CONNECTIONS, ServerLimits.DEFAULTS.maxConnections(), 1, 1_000_000),
            read.millis(
                IDLE_TIMEOUT_MS, ServerLimits.DEFAULTS.idleTimeout().toMillis(), 100, 3_600_000));
    return new IngestConfig(
        read.text(HOST, "0.0.0.0"),
        read.port(PORT, 8080),
        read.integer(MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES, 1024, 64 << 20),
        limits,
        kafka,
        read.seconds(RETRY_AFTER_SECONDS, 5, 1, 3600),
        read.millis(READINESS_INTERVAL_MS, 2000, 100, 60_000),
        alertmanager,
        events,
        read.flag(ALLOW_ANONYMOUS, false),
        server,
        tls(read),
        read.text(OPERATIONS_PORT, null) == null ? null : read.port(OPERATIONS_PORT, 0));
  }

  private static TlsSettings tls(Settings read) {
    String keyStore = read.text(TLS_KEYSTORE_FILE, null);
    if (keyStore == null) {
      return null;
    }
    return new TlsSettings(
        Path.of(keyStore),
        read.requiredSecret(TLS_KEYSTORE_PASSWORD, "the password of " + TLS_KEYSTORE_FILE),
        read.text(TLS_KEYSTORE_TYPE, "PKCS12"));
  }

  /** Whether any sender must present credentials. */
  public boolean requiresAuth() {
    return !alertmanager.isEmpty() || !events.isEmpty();
  }

  /** The longest a request waits for Kafka before it is answered 503. */
  public Duration answerWithin() {
    return kafka.answerBound().plus(ANSWER_MARGIN);
  }
}
