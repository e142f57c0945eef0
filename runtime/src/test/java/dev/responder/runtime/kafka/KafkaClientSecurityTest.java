package dev.responder.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaClientSecurityTest {

  @TempDir Path dir;

  @Test
  void shouldAddNothingWhenNoSecurityIsConfigured() {
    KafkaClientSecurity security = KafkaClientSecurity.fromMap(Map.of());

    assertThat(security).isEqualTo(KafkaClientSecurity.PLAINTEXT);
    assertThat(security.clientProperties()).isEmpty();
  }

  @Test
  void shouldConfigureScramOverTlsWithThePasswordFromItsFileAndTheClusterCa() throws Exception {
    Path password = Files.writeString(dir.resolve("password"), "s3cr\"et\n");
    Path ca = Files.writeString(dir.resolve("ca.crt"), "-----BEGIN CERTIFICATE-----\n");

    KafkaClientSecurity security =
        KafkaClientSecurity.fromMap(
            Map.of(
                "RESPONDER_KAFKA_SECURITY_PROTOCOL",
                "SASL_SSL",
                "RESPONDER_KAFKA_SASL_USERNAME",
                "responder-ingest",
                "RESPONDER_KAFKA_SASL_PASSWORD_FILE",
                password.toString(),
                "RESPONDER_KAFKA_SSL_CA_FILE",
                ca.toString()));

    assertThat(security.clientProperties())
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry("ssl.truststore.type", "PEM")
        .containsEntry("ssl.truststore.location", ca.toString())
        .containsEntry(
            "sasl.jaas.config",
            "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"responder-ingest\" password=\"s3cr\\\"et\";");
  }

  @Test
  void shouldNeverShowThePasswordWhenPrinted() throws Exception {
    Path password = Files.writeString(dir.resolve("password"), "hunter2");

    KafkaClientSecurity security =
        KafkaClientSecurity.fromMap(
            Map.of(
                "RESPONDER_KAFKA_SECURITY_PROTOCOL", "sasl_plaintext",
                "RESPONDER_KAFKA_SASL_USERNAME", "responder-console",
                "RESPONDER_KAFKA_SASL_PASSWORD_FILE", password.toString()));

    assertThat(security.toString()).doesNotContain("hunter2").contains("responder-console", "****");
  }

  @Test
  void shouldRefuseSaslWithoutAUserOrPassword() {
    assertThatThrownBy(
            () ->
                KafkaClientSecurity.fromMap(
                    Map.of(
                        "RESPONDER_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                        "RESPONDER_KAFKA_SASL_USERNAME", "responder-ingest")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RESPONDER_KAFKA_SASL_PASSWORD_FILE");
  }

  @Test
  void shouldRefuseCredentialsThatPlainTextWouldSilentlyIgnore() {
    assertThatThrownBy(
            () ->
                KafkaClientSecurity.fromMap(
                    Map.of(
                        "RESPONDER_KAFKA_SASL_USERNAME", "responder-ingest",
                        "RESPONDER_KAFKA_SASL_PASSWORD", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PLAINTEXT");
  }

  @Test
  void shouldNameTheAcceptedProtocolsForAnUnknownOne() {
    assertThatThrownBy(
            () -> KafkaClientSecurity.fromMap(Map.of("RESPONDER_KAFKA_SECURITY_PROTOCOL", "TLS")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RESPONDER_KAFKA_SECURITY_PROTOCOL must be PLAINTEXT, SSL,")
        .hasMessageContaining("'TLS'");
  }
}
