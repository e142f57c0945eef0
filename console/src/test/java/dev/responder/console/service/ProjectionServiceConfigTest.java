package dev.responder.console.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectionServiceConfigTest {

  private static final String URL = "jdbc:postgresql://db.responder.svc:5432/responder";

  @TempDir Path secrets;

  @Test
  void shouldReadKafkaDatabaseAndThePasswordFromItsFile() throws Exception {
    Path password = Files.writeString(secrets.resolve("db-password"), "s3cret\n");

    ProjectionServiceConfig config =
        ProjectionServiceConfig.fromMap(
            Map.of(
                "RESPONDER_KAFKA_BOOTSTRAP", "kafka:9092",
                "RESPONDER_PROJECTION_JDBC_URL", URL,
                "RESPONDER_PROJECTION_DB_USER", "responder_console",
                "RESPONDER_PROJECTION_DB_PASSWORD_FILE", password.toString(),
                "RESPONDER_PROJECTION_HTTP_PORT", "9000"));

    assertThat(config)
        .isEqualTo(
            new ProjectionServiceConfig(
                "kafka:9092",
                KafkaClientSecurity.PLAINTEXT,
                URL,
                "responder_console",
                "s3cret",
                9000));
    assertThat(config.toString()).doesNotContain("s3cret");
  }

  @Test
  void shouldServeOnPort8084WithTheUrlsCredentialsWhenNoneAreGiven() {
    ProjectionServiceConfig config =
        ProjectionServiceConfig.fromMap(
            Map.of(
                "RESPONDER_KAFKA_BOOTSTRAP", "kafka:9092", "RESPONDER_PROJECTION_JDBC_URL", URL));

    assertThat(config.httpPort()).isEqualTo(8084);
    assertThat(config.user()).isNull();
    assertThat(config.password()).isNull();
  }

  @Test
  void shouldNameTheMissingDatabase() {
    assertThatThrownBy(
            () -> ProjectionServiceConfig.fromMap(Map.of("RESPONDER_KAFKA_BOOTSTRAP", "k:9092")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RESPONDER_PROJECTION_JDBC_URL");
  }

  @Test
  void shouldRefuseAPasswordGivenTwice() {
    Map<String, String> values =
        Map.of(
            "RESPONDER_KAFKA_BOOTSTRAP", "k:9092",
            "RESPONDER_PROJECTION_JDBC_URL", URL,
            "RESPONDER_PROJECTION_DB_PASSWORD", "a",
            "RESPONDER_PROJECTION_DB_PASSWORD_FILE", "/run/secrets/b");

    assertThatThrownBy(() -> ProjectionServiceConfig.fromMap(values))
        .hasMessage(
            "set RESPONDER_PROJECTION_DB_PASSWORD or RESPONDER_PROJECTION_DB_PASSWORD_FILE, not"
                + " both");
  }

  @Test
  void shouldNameAPortThatIsNoNumber() {
    Map<String, String> values =
        Map.of(
            "RESPONDER_KAFKA_BOOTSTRAP", "k:9092",
            "RESPONDER_PROJECTION_JDBC_URL", URL,
            "RESPONDER_PROJECTION_HTTP_PORT", "http");

    assertThatThrownBy(() -> ProjectionServiceConfig.fromMap(values))
        .hasMessage(
            "RESPONDER_PROJECTION_HTTP_PORT must be a port number from 0 to 65535, was 'http'");
  }
}
