package dev.responder.correlator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The correlator's configuration, built from environment-style keys (see {@link #fromMap}) and
 * validated at start so a wrong value fails with a message naming the key.
 *
 * @param dedupHorizon how long an alert identity is remembered; must exceed Alertmanager's
 *     repeat_interval
 * @param flapWindow how long after resolution a re-firing alert reopens the incident
 * @param punctuationInterval how often the wall clock checks deadlines and escalation
 * @param scopePartitions partitions of the internal by-scope topics (alerts and broadcast commands)
 * @param standbyReplicas warm copies of each task's state kept by other instances (Streams' {@code
 *     num.standby.replicas}), so a failed instance's tasks move without restoring from changelogs
 */
public record CorrelatorConfig(
    String applicationId,
    String bootstrapServers,
    Path stateDir,
    Duration dedupHorizon,
    Duration flapWindow,
    Duration punctuationInterval,
    int scopePartitions,
    int streamThreads,
    int standbyReplicas,
    int httpPort,
    Path catalogFile) {

  public static final String BOOTSTRAP = "RESPONDER_KAFKA_BOOTSTRAP";
  public static final String APPLICATION_ID = "RESPONDER_CORRELATOR_APPLICATION_ID";
  public static final String STATE_DIR = "RESPONDER_CORRELATOR_STATE_DIR";
  public static final String DEDUP_HORIZON = "RESPONDER_CORRELATOR_DEDUP_HORIZON";
  public static final String FLAP_WINDOW = "RESPONDER_CORRELATOR_FLAP_WINDOW";
  public static final String PUNCTUATION_INTERVAL = "RESPONDER_CORRELATOR_PUNCTUATION_INTERVAL";
  public static final String SCOPE_PARTITIONS = "RESPONDER_CORRELATOR_SCOPE_PARTITIONS";
  public static final String STREAM_THREADS = "RESPONDER_CORRELATOR_STREAM_THREADS";
  public static final String STANDBY_REPLICAS = "RESPONDER_CORRELATOR_STANDBY_REPLICAS";
  public static final String HTTP_PORT = "RESPONDER_CORRELATOR_HTTP_PORT";
  public static final String CATALOG = "RESPONDER_CATALOG";

  /**
   * Names the correlator read before it took ingest's and the remediator's: refused with the new
   * name rather than ignored, since an ignored catalog setting would silently load the default.
   */
  private static final Map<String, String> RENAMED =
      Map.of("RESPONDER_KAFKA_BOOTSTRAP_SERVERS", BOOTSTRAP, "RESPONDER_CATALOG_FILE", CATALOG);

  public CorrelatorConfig {
    requireText(applicationId, APPLICATION_ID);
    requireText(bootstrapServers, BOOTSTRAP);
    Objects.requireNonNull(stateDir, STATE_DIR);
    requirePositive(dedupHorizon, DEDUP_HORIZON);
    requirePositive(flapWindow, FLAP_WINDOW);
    requirePositive(punctuationInterval, PUNCTUATION_INTERVAL);
    requireAtLeast(scopePartitions, 1, SCOPE_PARTITIONS);
    requireAtLeast(streamThreads, 1, STREAM_THREADS);
    requireAtLeast(standbyReplicas, 0, STANDBY_REPLICAS);
    requireAtLeast(httpPort, 0, HTTP_PORT);
    Objects.requireNonNull(catalogFile, CATALOG);
  }

  /** Reads the configuration from a map such as {@code System.getenv()}; defaults fill the rest. */
  public static CorrelatorConfig fromMap(Map<String, String> values) {
    refuseRenamed(values);
    Function<String, String> get = key -> blankToNull(values.get(key));
    return new CorrelatorConfig(
        orDefault(get.apply(APPLICATION_ID), "responder-correlator"),
        get.apply(BOOTSTRAP),
        Path.of(
            orDefault(
                get.apply(STATE_DIR),
                Path.of(System.getProperty("java.io.tmpdir"), "responder-correlator").toString())),
        duration(values, DEDUP_HORIZON, "PT12H"),
        duration(values, FLAP_WINDOW, "PT30M"),
        duration(values, PUNCTUATION_INTERVAL, "PT10S"),
        integer(values, SCOPE_PARTITIONS, 6),
        integer(values, STREAM_THREADS, 1),
        integer(values, STANDBY_REPLICAS, 0),
        integer(values, HTTP_PORT, 8083),
        Path.of(orDefault(get.apply(CATALOG), "runbooks/crm.yaml")));
  }

  private static void refuseRenamed(Map<String, String> values) {
    RENAMED.forEach(
        (old, renamed) -> {
          if (values.containsKey(old)) {
            throw new IllegalArgumentException(
                old
                    + " was renamed "
                    + renamed
                    + ", as ingest and the remediator name it: set that");
          }
        });
  }

  private static Duration duration(Map<String, String> values, String key, String fallback) {
    String text = orDefault(blankToNull(values.get(key)), fallback);
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          key + " must be an ISO-8601 duration such as PT30M or PT12H, got '" + text + "'", e);
    }
  }

  private static int integer(Map<String, String> values, String key, int fallback) {
    String text = blankToNull(values.get(key));
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, got '" + text + "'", e);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static String orDefault(String text, String fallback) {
    return text == null ? fallback : text;
  }

  private static void requireText(String text, String key) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(key + " is required and must not be blank");
    }
  }

  private static void requirePositive(Duration duration, String key) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(key + " must be a positive duration, got " + duration);
    }
  }

  private static void requireAtLeast(int value, int minimum, String key) {
    if (value < minimum) {
      throw new IllegalArgumentException(key + " must be at least " + minimum + ", got " + value);
    }
  }
}
