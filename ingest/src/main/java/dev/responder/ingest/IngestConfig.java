package dev.responder.ingest;

import dev.responder.ingest.kafka.ProducerSettings;
import dev.responder.ingest.payload.PayloadLimits;
import dev.responder.runtime.config.Settings;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The ingest service's configuration, built from environment-style entries by {@link #fromMap}. Its
 * {@code toString} masks every secret, so it can be logged as a whole at start.
 *
 * @param bearerToken the token senders must present, or null
 * @param basicUser the basic-auth user senders must present, or null (then no password either)
 */
public record IngestConfig(
    String host,
    int port,
    int maxBodyBytes,
    PayloadLimits limits,
    ProducerSettings kafka,
    Duration retryAfter,
    Duration readinessInterval,
    Secret bearerToken,
    String basicUser,
    Secret basicPassword) {

  public static final String HOST = "RESPONDER_INGEST_HOST";
  public static final String PORT = "RESPONDER_INGEST_PORT";
  public static final String BOOTSTRAP = "RESPONDER_KAFKA_BOOTSTRAP";
  public static final String MAX_BODY_BYTES = "RESPONDER_INGEST_MAX_BODY_BYTES";
  public static final String MAX_ALERTS = "RESPONDER_INGEST_MAX_ALERTS";
  public static final String MAX_LABELS = "RESPONDER_INGEST_MAX_LABELS";
  public static final String MAX_LABEL_LENGTH = "RESPONDER_INGEST_MAX_LABEL_LENGTH";
  public static final String DELIVERY_TIMEOUT_MS = "RESPONDER_INGEST_DELIVERY_TIMEOUT_MS";
  public static final String REQUEST_TIMEOUT_MS = "RESPONDER_INGEST_KAFKA_REQUEST_TIMEOUT_MS";
  public static final String MAX_BLOCK_MS = "RESPONDER_INGEST_MAX_BLOCK_MS";
  public static final String LINGER_MS = "RESPONDER_INGEST_LINGER_MS";
  public static final String COMPRESSION = "RESPONDER_INGEST_COMPRESSION";
  public static final String RETRY_AFTER_SECONDS = "RESPONDER_INGEST_RETRY_AFTER_SECONDS";
  public static final String READINESS_INTERVAL_MS = "RESPONDER_INGEST_READINESS_INTERVAL_MS";
  public static final String TOKEN = "RESPONDER_INGEST_TOKEN";
  public static final String BASIC_USER = "RESPONDER_INGEST_BASIC_USER";
  public static final String BASIC_PASSWORD = "RESPONDER_INGEST_BASIC_PASSWORD";
  public static final String ALLOW_ANONYMOUS = "RESPONDER_INGEST_ALLOW_ANONYMOUS";

  /**
   * The longest ingest may wait for Kafka. Alertmanager cuts a webhook attempt at its {@code
   * timeout} (10 s in deploy/alertmanager) and never bounds a notification below 10 s; the wait,
   * the safety timer's margin past it and the HTTP exchange must all fit inside, with room to
   * spare.
   */
  public static final Duration LONGEST_KAFKA_WAIT = Duration.ofSeconds(8);

  public IngestConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(kafka, "kafka");
    if ((basicUser == null) != (basicPassword == null)) {
      throw new IllegalArgumentException(
          "basic auth needs both " + BASIC_USER + " and " + BASIC_PASSWORD + "(_FILE)");
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
    if (!config.requiresAuth() && !read.flag(ALLOW_ANONYMOUS, false)) {
      throw new IllegalArgumentException(
          "no credentials configured: set "
              + TOKEN
              + "(_FILE) and/or "
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
            read.integer(MAX_LABEL_LENGTH, PayloadLimits.DEFAULTS.maxLabelLength(), 1, 1 << 20));
    ProducerSettings kafka =
        new ProducerSettings(
            read.text(BOOTSTRAP, "localhost:9092"),
            read.millis(DELIVERY_TIMEOUT_MS, 5000, 1, 60_000),
            read.millis(REQUEST_TIMEOUT_MS, 2000, 1, 60_000),
            read.millis(MAX_BLOCK_MS, 1000, 0, 60_000),
            read.millis(LINGER_MS, 5, 0, 1000),
            read.text(COMPRESSION, "lz4"),
            KafkaClientSecurity.read(read));
    return new IngestConfig(
        read.text(HOST, "0.0.0.0"),
        read.port(PORT, 8080),
        read.integer(MAX_BODY_BYTES, 1 << 20, 1024, 64 << 20),
        limits,
        kafka,
        read.seconds(RETRY_AFTER_SECONDS, 5, 1, 3600),
        read.millis(READINESS_INTERVAL_MS, 2000, 100, 60_000),
        read.secret(TOKEN).map(Secret::new).orElse(null),
        read.text(BASIC_USER, null),
        read.secret(BASIC_PASSWORD).map(Secret::new).orElse(null));
  }

  /** Whether any credentials are configured; without, every sender is accepted. */
  public boolean requiresAuth() {
    return bearerToken != null || basicUser != null;
  }
}
