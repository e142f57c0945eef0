package dev.responder.remediator.adapter.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.remediator.paging.Contact;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryConfigTest {

  @TempDir Path dir;

  @Test
  void shouldReadEverySchemeWithItsSecretsFromFilesBesideTheConfig() throws Exception {
    // given
    Files.writeString(dir.resolve("pd-oncall"), "R0UT1NGK3Y0F32CHARACTERSXXXXXXXX\n");
    Files.writeString(dir.resolve("genie"), "genie-key");
    Files.writeString(dir.resolve("slack-crm"), "https://hooks.slack.com/services/T/B/secret");
    Files.writeString(dir.resolve("smtp-password"), "pw");
    Files.writeString(dir.resolve("hook-secret"), "s3cret");
    Path config =
        write(
            """
            incidentChannel: "slack:#crm-incidents"
            people: {carol: "email:carol@crm.example"}
            stormWindow: 30s
            retry: {attempts: 6, first: 500ms, max: 2m}
            pagerduty:
              routingKeyFiles: {crm-oncall: pd-oncall}
            opsgenie: {url: "https://api.eu.opsgenie.com", apiKeyFile: genie}
            slack:
              webhookFiles: {"#crm-incidents": slack-crm}
            email: {host: smtp.crm.example, port: 587, from: responder@crm.example, passwordFile: smtp-password}
            webhook:
              audit: {url: "https://audit.crm.example/hook", secretFile: hook-secret}
            """);
    // when
    DeliveryConfig read = DeliveryConfig.load(config, Duration.ofSeconds(5));
    // then
    assertThat(read.incidentChannel()).isEqualTo(Contact.parse("slack:#crm-incidents"));
    assertThat(read.people()).containsEntry("carol", Contact.parse("email:carol@crm.example"));
    assertThat(read.stormWindow()).isEqualTo(Duration.ofSeconds(30));
    assertThat(read.backoff().attempts()).isEqualTo(6);
    assertThat(read.backoff().first()).isEqualTo(Duration.ofMillis(500));
    assertThat(read.pagerDutyKeys())
        .containsEntry("crm-oncall", "R0UT1NGK3Y0F32CHARACTERSXXXXXXXX");
    assertThat(read.opsgenieUrl()).isEqualTo(URI.create("https://api.eu.opsgenie.com"));
    assertThat(read.slackWebhooks()).containsKey("#crm-incidents");
    assertThat(read.smtp()).hasValueSatisfying(smtp -> assertThat(smtp.startTls()).isTrue());
    assertThat(read.webhooks()).containsKey("audit");
    assertThat(read.toString())
        .doesNotContain("R0UT1NG", "genie-key", "hooks.slack.com", "s3cret")
        .contains("password ****");
  }

  @Test
  void shouldNameTheKeyAndFileOfAMissingSecret() throws Exception {
    Path config = write("pagerduty: {routingKeyFiles: {crm-oncall: missing}}\n");
    assertThatThrownBy(() -> DeliveryConfig.load(config, Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pagerduty.routingKeyFiles.crm-oncall")
        .hasMessageContaining("cannot read the secret file");
  }

  @Test
  void shouldRefuseADurationItCannotRead() throws Exception {
    Path config = write("stormWindow: soon\n");
    assertThatThrownBy(() -> DeliveryConfig.load(config, Duration.ofSeconds(5)))
        .hasMessageContaining("stormWindow: 'soon' is not a duration");
  }

  private Path write(String yaml) throws Exception {
    return Files.writeString(dir.resolve("delivery.yaml"), yaml);
  }
}
