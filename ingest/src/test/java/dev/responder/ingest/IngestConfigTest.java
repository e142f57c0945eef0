package dev.responder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.ingest.http.ServerLimits;
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
    assertThat(config.maxBodyBytes()).isEqualTo(4 << 20);
    assertThat(config.server()).isEqualTo(ServerLimits.DEFAULTS);
    assertThat(config.tls()).isNull();
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

    assertThat(config.alertmanager().tokens()).containsExactly(new Secret("t0ken"));
    assertThat(config.requiresAuth()).isTrue();
  }

  @Test
  void shouldReadSeveralTokensPerSenderSoTheyCanBeRotated(@TempDir Path dir) throws Exception {
    Path current = Files.writeString(dir.resolve("current"), "old-token\n# rotating\nnew-token\n");
    Path secret = Files.createDirectories(dir.resolve("crm"));
    Files.writeString(secret.resolve("token"), "crm-1\n");
    Files.writeString(secret.resolve("token-next"), "crm-2");
    Files.createDirectories(secret.resolve("..data"));
    Files.writeString(secret.resolve(".hidden"), "not-a-token");

    IngestConfig config =
        IngestConfig.fromMap(
            Map.of(
                IngestConfig.TOKEN + "_FILE", current.toString(),
                IngestConfig.EVENTS_TOKEN + "_FILE", secret.toString()));

    assertThat(config.alertmanager().tokens())
        .containsExactly(new Secret("old-token"), new Secret("new-token"));
    assertThat(config.events().tokens()).containsExactly(new Secret("crm-1"), new Secret("crm-2"));
    assertThat(config.toString()).doesNotContain("old-token").doesNotContain("crm-1");
  }

  @Test
  void shouldReadTokensFromAListOfFiles(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a"), "token-a");
    Path b = Files.writeString(dir.resolve("b"), "token-b");

    IngestConfig config = IngestConfig.fromMap(Map.of(IngestConfig.TOKEN + "_FILE", a + "," + b));

    assertThat(config.alertmanager().tokens())
        .containsExactly(new Secret("token-a"), new Secret("token-b"));
  }

  @Test
  void shouldRefuseOneTokenForTwoSenders() {
    assertThatThrownBy(
            () ->
                IngestConfig.fromMap(
                    Map.of(IngestConfig.TOKEN, "same", IngestConfig.EVENTS_TOKEN, "same")))
        .hasMessageContaining("share a token: each sender needs its own");
  }

  @Test
  void shouldRefuseAKeyStoreWithoutItsPassword() {
    assertThatThrownBy(
            () ->
                IngestConfig.fromMap(
                    Map.of(
                        IngestConfig.TOKEN, "t",
                        IngestConfig.TLS_KEYSTORE_FILE, "/etc/tls/keystore.p12")))
        .hasMessageContaining("RESPONDER_INGEST_TLS_KEYSTORE_PASSWORD or");
  }

  @Test
  void shouldReadConnectionIdleAndThreadLimits() {
    IngestConfig config =
        IngestConfig.fromMap(
            Map.of(
                IngestConfig.TOKEN, "t",
                IngestConfig.MAX_THREADS, "16",
                IngestConfig.MAX_CONNECTIONS, "100",
                IngestConfig.IDLE_TIMEOUT_MS, "5000"));

    assertThat(config.server()).isEqualTo(new ServerLimits(16, 100, Duration.ofSeconds(5)));
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
        .contains("tokens=1");
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
