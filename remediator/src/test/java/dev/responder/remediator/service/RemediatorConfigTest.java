package dev.responder.remediator.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings that may carry credentials come from the environment or from a file (a mounted
 * Secret), one or the other, and never show in the logged configuration.
 */
class RemediatorConfigTest {

  private static final String REDIS = "redis://:s3cret@crm-redis.crm.svc:6379";
  private static final String WEBHOOK = "https://hooks.slack.com/services/T000/B000/XXXX";

  @TempDir Path dir;

  private final Map<String, String> settings = new HashMap<>();

  RemediatorConfigTest() {
    settings.put("RESPONDER_CRM_JDBC_URL", "jdbc:postgresql://crm-postgres:5432/crm");
    settings.put("RESPONDER_CRM_DB_USER", "responder_remediator");
  }

  @Test
  void shouldReadTheRedisUrlAndTheWebhookFromTheEnvironment() {
    settings.put("RESPONDER_REDIS_URL", REDIS);
    settings.put("RESPONDER_NOTIFY_WEBHOOK", WEBHOOK);

    RemediatorConfig config = RemediatorConfig.fromMap(settings);

    assertThat(config.redisUri()).isEqualTo(REDIS);
    assertThat(config.webhook()).isEqualTo(URI.create(WEBHOOK));
  }

  @Test
  void shouldReadTheRedisUrlAndTheWebhookFromFilesWithoutTheirTrailingNewline() throws Exception {
    settings.put("RESPONDER_REDIS_URL_FILE", file("redis-url", REDIS + "\n"));
    settings.put("RESPONDER_NOTIFY_WEBHOOK_FILE", file("notify-webhook", WEBHOOK + " \r\n"));

    RemediatorConfig config = RemediatorConfig.fromMap(settings);

    assertThat(config.redisUri()).isEqualTo(REDIS);
    assertThat(config.webhook()).isEqualTo(URI.create(WEBHOOK));
  }

  @Test
  void shouldRefuseTheRedisUrlFromBothTheEnvironmentAndAFile() throws Exception {
    settings.put("RESPONDER_REDIS_URL", REDIS);
    settings.put("RESPONDER_REDIS_URL_FILE", file("redis-url", REDIS));
    settings.put("RESPONDER_NOTIFY_WEBHOOK", WEBHOOK);

    assertThatThrownBy(() -> RemediatorConfig.fromMap(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("set RESPONDER_REDIS_URL or RESPONDER_REDIS_URL_FILE, not both");
  }

  @Test
  void shouldRefuseTheWebhookFromBothTheEnvironmentAndAFile() throws Exception {
    settings.put("RESPONDER_REDIS_URL", REDIS);
    settings.put("RESPONDER_NOTIFY_WEBHOOK", WEBHOOK);
    settings.put("RESPONDER_NOTIFY_WEBHOOK_FILE", file("notify-webhook", WEBHOOK));

    assertThatThrownBy(() -> RemediatorConfig.fromMap(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("set RESPONDER_NOTIFY_WEBHOOK or RESPONDER_NOTIFY_WEBHOOK_FILE, not both");
  }

  @Test
  void shouldNameBothFormsWhenTheWebhookIsMissing() {
    settings.put("RESPONDER_REDIS_URL", REDIS);

    assertThatThrownBy(() -> RemediatorConfig.fromMap(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RESPONDER_NOTIFY_WEBHOOK or RESPONDER_NOTIFY_WEBHOOK_FILE is required: a"
                + " Slack-compatible incoming webhook URL");
  }

  @Test
  void shouldNameTheFileItCannotRead() {
    String missing = dir.resolve("no-such-file").toString();
    settings.put("RESPONDER_REDIS_URL_FILE", missing);
    settings.put("RESPONDER_NOTIFY_WEBHOOK", WEBHOOK);

    assertThatThrownBy(() -> RemediatorConfig.fromMap(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RESPONDER_REDIS_URL_FILE must name a readable file, was '"
                + missing
                + "' (NoSuchFileException: "
                + missing
                + ")");
  }

  @Test
  void shouldRefuseAnEmptyPasswordFileRatherThanConnectWithoutAPassword() throws Exception {
    withCredentialsInTheEnvironment();
    String empty = file("db-password", "\n");
    settings.put("RESPONDER_CRM_DB_PASSWORD_FILE", empty);

    assertThatThrownBy(() -> RemediatorConfig.fromMap(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RESPONDER_CRM_DB_PASSWORD_FILE must name a file holding the secret, was '"
                + empty
                + "', which is empty");
  }

  @Test
  void shouldRefuseAMalformedWebhookWithoutEchoingIt() throws Exception {
    settings.put("RESPONDER_REDIS_URL", REDIS);
    settings.put(
        "RESPONDER_NOTIFY_WEBHOOK_FILE", file("notify-webhook", "https://hooks/s3cret path"));

    assertThatThrownBy(() -> RemediatorConfig.fromMap(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("RESPONDER_NOTIFY_WEBHOOK is not a URL")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void shouldMaskTheCredentialsWhenTheConfigurationIsLogged() throws Exception {
    settings.put("RESPONDER_REDIS_URL_FILE", file("redis-url", REDIS));
    settings.put("RESPONDER_NOTIFY_WEBHOOK_FILE", file("notify-webhook", WEBHOOK));

    String logged = RemediatorConfig.fromMap(settings).toString();

    assertThat(logged).doesNotContain("s3cret").doesNotContain("XXXX").contains("hooks.slack.com");
  }

  @Test
  void shouldMaskAPasswordInTheJdbcUrlWhenTheConfigurationIsLogged() {
    settings.put(
        "RESPONDER_CRM_JDBC_URL",
        "jdbc:postgresql://crm-postgres:5432/crm?user=r&password=pg-s3cret&sslpassword=key-s3cret"
            + "&ssl=true");
    withCredentialsInTheEnvironment();

    String logged = RemediatorConfig.fromMap(settings).toString();

    assertThat(logged)
        .doesNotContain("pg-s3cret")
        .doesNotContain("key-s3cret")
        .contains("jdbc:postgresql://crm-postgres:5432/crm?user=r&password=****")
        .contains("&ssl=true");
  }

  @Test
  void shouldActOnlyOnIncidentEventsOfTheLastHourByDefault() {
    withCredentialsInTheEnvironment();

    RemediatorConfig config = RemediatorConfig.fromMap(settings);

    assertThat(config.maxEventAge()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void shouldReadTheMaximumEventAgeAsAnIsoDuration() {
    withCredentialsInTheEnvironment();
    settings.put("RESPONDER_REMEDIATOR_MAX_EVENT_AGE", "PT30M");

    RemediatorConfig config = RemediatorConfig.fromMap(settings);

    assertThat(config.maxEventAge()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void shouldRefuseAMaximumEventAgeThatIsNotAnIsoDurationOrOutOfRange() {
    withCredentialsInTheEnvironment();

    settings.put("RESPONDER_REMEDIATOR_MAX_EVENT_AGE", "1h");
    assertThatThrownBy(() -> RemediatorConfig.fromMap(settings))
        .hasMessage(
            "RESPONDER_REMEDIATOR_MAX_EVENT_AGE must be an ISO-8601 duration (e.g. PT30M, PT12H)"
                + " from PT1M to PT168H, was '1h'");
    settings.put("RESPONDER_REMEDIATOR_MAX_EVENT_AGE", "PT10S");
    assertThatThrownBy(() -> RemediatorConfig.fromMap(settings))
        .hasMessage(
            "RESPONDER_REMEDIATOR_MAX_EVENT_AGE must be an ISO-8601 duration (e.g. PT30M, PT12H)"
                + " from PT1M to PT168H, was 'PT10S'");
  }

  @Test
  void shouldRefuseACallTimeoutWhoseBackstopWouldOutlastAPollRound() {
    withCredentialsInTheEnvironment();
    settings.put("RESPONDER_REMEDIATOR_CALL_TIMEOUT_SECONDS", "300");

    assertThatThrownBy(() -> RemediatorConfig.fromMap(settings))
        .hasMessageStartingWith("RESPONDER_REMEDIATOR_CALL_TIMEOUT_SECONDS must be")
        .hasMessageContaining("from 1 to 120")
        .hasMessageEndingWith("was '300'");
  }

  private void withCredentialsInTheEnvironment() {
    settings.put("RESPONDER_REDIS_URL", REDIS);
    settings.put("RESPONDER_NOTIFY_WEBHOOK", WEBHOOK);
  }

  private String file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content).toString();
  }
}
