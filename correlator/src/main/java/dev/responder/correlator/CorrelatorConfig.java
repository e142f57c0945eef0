package dev.responder.correlator;

import dev.responder.runtime.config.Settings;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The correlator's configuration, built from environment-style keys (see {@link #fromMap}) and
 * validated at start so a wrong value fails with a message naming the key.
 *
 * @param dedupHorizon how long an alert identity is remembered; must exceed Alertmanager's
 *     repeat_interval
 * @param flapWindow how long after resolution a re-firing alert reopens the incident
 * @param punctuationInterval how often the wall clock checks deadlines and escalation
 * @param scopePartitions partitions of the internal by-scope topics (alerts and broadcast commands)
 * @param kafkaSecurity how every client of the Streams instance authenticates to Kafka
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
    Path catalogFile,
    KafkaClientSecurity kafkaSecurity) {

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
    Objects.requireNonNull(kafkaSecurity, KafkaClientSecurity.PROTOCOL);
  }

  /** Reads the configuration from a map such as {@code System.getenv()}; defaults fill the rest. */
  public static CorrelatorConfig fromMap(Map<String, String> values) {
    Settings read = new Settings(values);
    read.refuseRenamed(RENAMED);
    Duration shortest = Duration.ofSeconds(1);
    Duration longest = Duration.ofDays(365);
    return new CorrelatorConfig(
        read.text(APPLICATION_ID, "responder-correlator"),
        read.required(BOOTSTRAP, "Kafka's bootstrap servers, e.g. kafka:9092"),
        Path.of(
            read.text(
                STATE_DIR,
                Path.of(System.getProperty("java.io.tmpdir"), "responder-correlator").toString())),
        read.duration(DEDUP_HORIZON, "PT12H", shortest, longest),
        read.duration(FLAP_WINDOW, "PT30M", shortest, longest),
        read.duration(PUNCTUATION_INTERVAL, "PT10S", shortest, longest),
        read.integer(SCOPE_PARTITIONS, 6, 1, 10_000),
        read.integer(STREAM_THREADS, 1, 1, 1_000),
        read.integer(STANDBY_REPLICAS, 0, 0, 100),
        read.port(HTTP_PORT, 8083),
        Path.of(read.text(CATALOG, "runbooks/crm.yaml")),
        KafkaClientSecurity.read(read));
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
