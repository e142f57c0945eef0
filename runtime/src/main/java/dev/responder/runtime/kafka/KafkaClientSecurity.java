package dev.responder.runtime.kafka;

import dev.responder.runtime.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The security settings of a service's Kafka clients, the same for its producers, consumers,
 * Streams and admin clients: plain text (the default, for local mode and tests), TLS, or SCRAM-
 * SHA-512 over TLS ({@code SASL_SSL}, what {@code deploy/} uses with one Strimzi {@code KafkaUser}
 * per service). The password comes from a file (the user's Secret) and never appears in {@link
 * #toString}; Kafka's own config log prints {@code sasl.jaas.config} as {@code [hidden]}.
 *
 * @param protocol Kafka's {@code security.protocol}
 * @param username the SCRAM user, present exactly when the protocol uses SASL
 * @param password the SCRAM password, present exactly when the protocol uses SASL
 * @param caCertificate a PEM file of the CA that signed the brokers' certificates (Strimzi's
 *     cluster CA, key {@code ca.crt}); absent means the JVM's default trust store
 */
public record KafkaClientSecurity(
    Protocol protocol,
    Optional<String> username,
    Optional<String> password,
    Optional<Path> caCertificate) {

  public static final String PROTOCOL = "RESPONDER_KAFKA_SECURITY_PROTOCOL";
  public static final String USERNAME = "RESPONDER_KAFKA_SASL_USERNAME";
  public static final String PASSWORD = "RESPONDER_KAFKA_SASL_PASSWORD";
  public static final String CA_FILE = "RESPONDER_KAFKA_SSL_CA_FILE";

  /** The SASL mechanism: the one Strimzi's {@code scram-sha-512} authentication sets up. */
  public static final String MECHANISM = "SCRAM-SHA-512";

  /** Plain text, no authentication: local mode and the tests' loopback broker. */
  public static final KafkaClientSecurity PLAINTEXT =
      new KafkaClientSecurity(
          Protocol.PLAINTEXT, Optional.empty(), Optional.empty(), Optional.empty());

  /** Kafka's {@code security.protocol} values a service accepts. */
  public enum Protocol {
    PLAINTEXT(false, false),
    SSL(true, false),
    SASL_PLAINTEXT(false, true),
    SASL_SSL(true, true);

    private final boolean tls;
    private final boolean sasl;

    Protocol(boolean tls, boolean sasl) {
      this.tls = tls;
      this.sasl = sasl;
    }
  }

  public KafkaClientSecurity {
    Objects.requireNonNull(protocol, PROTOCOL);
    Objects.requireNonNull(username, USERNAME);
    Objects.requireNonNull(password, PASSWORD);
    Objects.requireNonNull(caCertificate, CA_FILE);
    if (protocol.sasl && (username.isEmpty() || password.isEmpty())) {
      throw new IllegalArgumentException(
          PROTOCOL
              + " "
              + protocol
              + " needs "
              + USERNAME
              + " and "
              + PASSWORD
              + "_FILE (the KafkaUser's Secret, key password)");
    }
    if (!protocol.sasl && (username.isPresent() || password.isPresent())) {
      throw new IllegalArgumentException(
          USERNAME
              + " and "
              + PASSWORD
              + " are only used with "
              + PROTOCOL
              + " SASL_SSL or SASL_PLAINTEXT, which is "
              + protocol);
    }
    if (!protocol.tls && caCertificate.isPresent()) {
      throw new IllegalArgumentException(
          CA_FILE + " is only used with " + PROTOCOL + " SSL or SASL_SSL, which is " + protocol);
    }
  }

  /** Reads the settings from a map such as {@code System.getenv()}; plain text by default. */
  public static KafkaClientSecurity fromMap(Map<String, String> values) {
    return read(new Settings(values));
  }

  /** Reads the settings from a service's {@link Settings}; plain text by default. */
  public static KafkaClientSecurity read(Settings read) {
    String protocolText = read.text(PROTOCOL, Protocol.PLAINTEXT.name());
    Protocol protocol;
    try {
      protocol = Protocol.valueOf(protocolText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          PROTOCOL
              + " must be PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL, was '"
              + protocolText
              + "'",
          e);
    }
    Optional<Path> ca = Optional.ofNullable(read.text(CA_FILE, null)).map(Path::of);
    ca.ifPresent(
        file -> {
          if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(
                CA_FILE + " must name a readable PEM file, was '" + file + "'");
          }
        });
    return new KafkaClientSecurity(
        protocol, Optional.ofNullable(read.text(USERNAME, null)), read.secret(PASSWORD), ca);
  }

  /** The properties to add to every Kafka client's configuration (empty for plain text). */
  public Map<String, Object> clientProperties() {
    Map<String, Object> properties = new HashMap<>();
    if (protocol == Protocol.PLAINTEXT) {
      return properties;
    }
    properties.put("security.protocol", protocol.name());
    caCertificate.ifPresent(
        file -> {
          properties.put("ssl.truststore.type", "PEM");
          properties.put("ssl.truststore.location", file.toString());
        });
    if (protocol.sasl) {
      properties.put("sasl.mechanism", MECHANISM);
      properties.put(
          "sasl.jaas.config",
          "org.apache.kafka.common.security.scram.ScramLoginModule required username="
              + quoted(username.orElseThrow())
              + " password="
              + quoted(password.orElseThrow())
              + ";");
    }
    return properties;
  }

  /** {@code properties} with this security added: the one call each client's builder makes. */
  public Map<String, Object> addTo(Map<String, Object> properties) {
    Map<String, Object> secured = new HashMap<>(properties);
    secured.putAll(clientProperties());
    return secured;
  }

  /** A JAAS option value: quoted, with backslashes and quotes escaped. */
  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Override
  public String toString() {
    return "KafkaClientSecurity[protocol=%s, user=%s (password %s), ca=%s]"
        .formatted(
            protocol,
            username.orElse("none"),
            password.isPresent() ? "****" : "none",
            caCertificate.map(Path::toString).orElse("default trust store"));
  }
}
