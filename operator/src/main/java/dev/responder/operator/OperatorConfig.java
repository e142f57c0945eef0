package dev.responder.operator;

import dev.responder.runtime.config.Settings;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The operator API's settings, from {@code RESPONDER_*} entries: where to listen, the users file
 * (hashes only), the catalog (approval rules, on-call), Kafka, the longest silence it accepts, and
 * the remediator's approval wait (the same entry the remediator reads), which outcomes do not
 * carry.
 */
public record OperatorConfig(
    String host,
    int port,
    Path usersFile,
    Path catalog,
    String bootstrapServers,
    KafkaClientSecurity security,
    Duration maxSilence,
    Duration approvalTtl,
    Duration kafkaTimeout) {

  public static final String HOST = "RESPONDER_OPERATOR_HOST";
  public static final String PORT = "RESPONDER_OPERATOR_PORT";
  public static final String USERS_FILE = "RESPONDER_OPERATOR_USERS_FILE";
  public static final String CATALOG = "RESPONDER_CATALOG";
  public static final String BOOTSTRAP = "RESPONDER_KAFKA_BOOTSTRAP";
  public static final String MAX_SILENCE = "RESPONDER_OPERATOR_MAX_SILENCE";
  public static final String APPROVAL_TTL = "RESPONDER_REMEDIATOR_APPROVAL_TTL_SECONDS";
  public static final String KAFKA_TIMEOUT = "RESPONDER_OPERATOR_KAFKA_TIMEOUT_MS";

  /** Reads and validates the settings; fails with a message naming the entry. */
  public static OperatorConfig fromMap(Map<String, String> values) {
    Settings read = new Settings(values);
    return new OperatorConfig(
        read.text(HOST, "0.0.0.0"),
        read.port(PORT, 8083),
        Path.of(
            read.required(
                USERS_FILE,
                "the users file (YAML with bcrypt and SHA-256 hashes; docs/operators.md)")),
        Path.of(read.text(CATALOG, "runbooks/crm.yaml")),
        read.text(BOOTSTRAP, "localhost:9092"),
        KafkaClientSecurity.read(read),
        read.duration(MAX_SILENCE, "P7D", Duration.ofMinutes(1), Duration.ofDays(90)),
        read.seconds(APPROVAL_TTL, 1800, 60, 86_400),
        read.millis(KAFKA_TIMEOUT, 10_000, 1_000, 120_000));
  }

  @Override
  public String toString() {
    return "OperatorConfig[host="
        + host
        + ", port="
        + port
        + ", usersFile="
        + usersFile
        + ", catalog="
        + catalog
        + ", kafka="
        + bootstrapServers
        + " "
        + security
        + ", maxSilence="
        + maxSilence
        + ", approvalTtl="
        + approvalTtl
        + "]";
  }
}
