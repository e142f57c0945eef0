package dev.responder.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responder.ingest.payload.AlertmanagerWebhookParser;
import dev.responder.ingest.payload.ParseOutcome;
import dev.responder.ingest.payload.PayloadLimits;
import dev.responder.ingest.payload.RequestMeta;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadsTest {

  private final Instant startsAt = Instant.parse("2026-12-03T10:00:00Z");
  private final List<BenchAlert> alerts =
      List.of(
          BenchAlert.of("BenchLoad", "crm", "crm-bench", "a-1", startsAt),
          BenchAlert.of("BenchLoad", "crm", "crm-bench", "a-2", startsAt));

  @Test
  void shouldWriteAWebhookThatIngestAcceptsWithEveryAlert() {
    // when
    ParseOutcome outcome =
        new AlertmanagerWebhookParser(PayloadLimits.DEFAULTS)
            .parse(Payloads.webhook(alerts), new RequestMeta("bench", Instant.now()));

    // then
    assertThat(outcome).isInstanceOf(ParseOutcome.Accepted.class);
    assertThat(((ParseOutcome.Accepted) outcome).alerts())
        .extracting(alert -> alert.getFingerprint().toString())
        .containsExactly(alerts.get(0).fingerprint(), alerts.get(1).fingerprint());
  }

  @Test
  void shouldWriteTheSameAlertsAsAlertmanagersPostableAlerts() throws Exception {
    // when
    JsonNode posted = new ObjectMapper().readTree(Payloads.alertmanagerApi(alerts));

    // then
    assertThat(posted.isArray()).isTrue();
    assertThat(posted).hasSize(2);
    assertThat(posted.get(1).get("labels").get("instance").asText()).isEqualTo("a-2");
    assertThat(posted.get(1).get("startsAt").asText()).isEqualTo("2026-12-03T10:00:00Z");
  }

  @Test
  void shouldGiveAlertsWithOtherLabelsOtherFingerprints() {
    // then
    assertThat(alerts.get(0).fingerprint())
        .hasSize(16)
        .isNotEqualTo(alerts.get(1).fingerprint())
        .isEqualTo(BenchAlert.of("BenchLoad", "crm", "crm-bench", "a-1", startsAt).fingerprint());
  }
}
