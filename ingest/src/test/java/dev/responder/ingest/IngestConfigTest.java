package dev.responder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestConfigTest {

  @Test
  void shouldDefaultToBoundsWellInsideAlertmanagersTimeout() {
    IngestConfig config = IngestConfig.fromMap(Map.of(IngestConfig.ALLOW_ANONYMOUS, "true"));

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.maxBodyBytes()).isEqualTo(1 << 20);
    assertThat(config.kafka().answerBound()).isEqualTo(Duration.ofSeconds(6));
    assertThat(config.requiresAuth()).isFalse();
  }

  @Test
  void shouldRefuseToStartWithoutCredentialsUnlessAnonymousIsAllowed() {
    assertThatThrownBy(() -> IngestConfig.fromMap(Map.of()))
        .hasMessageContaining("no credentials configured")
        .hasMessageContaining("RESPONDER_INGEST_ALLOW_ANONYMOUS=true");
    assertThatThrownBy(() -> IngestConfig.fromMap(Map.of(IngestConfig.ALLOW_ANONYMOUS, "maybe")))
        .hasMessage(
            "RESPONDER_INGEST_ALLOW_ANONYMOUS must be true or false (or yes/no, on/off, 1/0), was"
                + " 'maybe'");
  }

  @Test
  void shouldAllowAnonymousSendersWithAnyCommonSpellingOfTrue() {
    IngestConfig config = IngestConfig.fromMap(Map.of(IngestConfig.ALLOW_ANONYMOUS, "yes"));

    assertThat(config.requiresAuth()).isFalse();
  }

  @Test
  void shouldReadTheTokenFromAFileWithoutItsTrailingNewline(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("token"), "t0ken\n");

    IngestConfig config =
        IngestConfig.fromMap(Map.of("RESPONDER_INGEST_TOKEN_FILE", file.toString()));

    assertThat(config.bearerToken().value()).isEqualTo("t0ken");
    assertThat(config.requiresAuth()).isTrue();
  }

  @Test
  void shouldNeverShowSecretsWhenLogged() {
    IngestConfig config =
        IngestConfig.fromMap(
            Map.of(
                "RESPONDER_INGEST_TOKEN", "t0ken",
                "RESPONDER_INGEST_BASIC_USER", "am",
                "RESPONDER_INGEST_BASIC_PASSWORD", "pa55word"));

    assertThat(config.toString())
        .doesNotContain("t0ken")
        .doesNotContain("pa55word")
        .contains("****");
  }

  @Test
  void shouldRefuseTokenGivenTwice() {
    assertThatThrownBy(
            () ->
                IngestConfig.fromMap(
                    Map.of("RESPONDER_INGEST_TOKEN", "a", "RESPONDER_INGEST_TOKEN_FILE", "/x")))
        .hasMessage("set RESPONDER_INGEST_TOKEN or RESPONDER_INGEST_TOKEN_FILE, not both");
  }

  @Test
  void shouldRefuseAnUnreadableTokenFile() {
    assertThatThrownBy(
            () -> IngestConfig.fromMap(Map.of("RESPONDER_INGEST_TOKEN_FILE", "/nonexistent/t")))
        .hasMessage(
            "RESPONDER_INGEST_TOKEN_FILE must name a readable file, was '/nonexistent/t'"
                + " (NoSuchFileException: /nonexistent/t)");
  }

  @Test
  void shouldRefuseABasicUserWithoutPassword() {
    assertThatThrownBy(() -> IngestConfig.fromMap(Map.of("RESPONDER_INGEST_BASIC_USER", "am")))
        .hasMessageContaining("basic auth needs both RESPONDER_INGEST_BASIC_USER");
  }

  @Test
  void shouldRefuseWaitsLongerThanAlertmanagerWaitsForTheAnswer() {
    assertThatThrownBy(
            () ->
                IngestConfig.fromMap(
                    Map.of(
                        "RESPONDER_INGEST_DELIVERY_TIMEOUT_MS", "7500",
                        "RESPONDER_INGEST_MAX_BLOCK_MS", "1000")))
        .hasMessage(
            "RESPONDER_INGEST_MAX_BLOCK_MS + RESPONDER_INGEST_DELIVERY_TIMEOUT_MS must be at most"
                + " 8000 ms, was 8500 ms: the answer must reach Alertmanager within its 10 s"
                + " webhook timeout");
  }

  @Test
  void shouldAcceptTheLongestKafkaWaitThatStillAnswersInTime() {
    IngestConfig config =
        IngestConfig.fromMap(
            Map.of(
                "RESPONDER_INGEST_DELIVERY_TIMEOUT_MS", "7000",
                "RESPONDER_INGEST_MAX_BLOCK_MS", "1000",
                "RESPONDER_INGEST_ALLOW_ANONYMOUS", "true"));

    assertThat(config.kafka().answerBound()).isEqualTo(IngestConfig.LONGEST_KAFKA_WAIT);
  }

  @Test
  void shouldRefuseADeliveryTimeoutShorterThanKafkaAllows() {
    assertThatThrownBy(
            () ->
                IngestConfig.fromMap(
                    Map.of(
                        "RESPONDER_INGEST_DELIVERY_TIMEOUT_MS", "1000",
                        "RESPONDER_INGEST_KAFKA_REQUEST_TIMEOUT_MS", "2000")))
        .hasMessageContaining("must be at least the request timeout (2000 ms) plus linger (5 ms)");
  }
}
