package dev.responder.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.ingest.payload.AlertmanagerWebhookParser;
import dev.responder.ingest.payload.CrmEventParser;
import dev.responder.ingest.payload.ParseOutcome;
import dev.responder.ingest.payload.PayloadLimits;
import dev.responder.ingest.payload.RequestMeta;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the demo sends is what ingest's own parsers accept, firing and resolved. */
class SignalTest {

  private static final Instant STARTS = Instant.parse("2026-11-27T05:08:37Z");
  private static final Instant NOW = Instant.parse("2026-11-27T05:09:07Z");
  private static final RequestMeta META = new RequestMeta("demo-test", NOW);

  private final Signal alert =
      new Signal.Alertmanager(
          Map.of("alertname", "CrmWorkerQueueStuck", "namespace", "crm"), "stuck for 10 minutes");

  @Test
  void shouldSendAFiringAlertAsAlertmanagerVersion4Does() {
    // when
    Alert parsed = parseAlertmanager(alert.body(STARTS, NOW, false));

    // then
    assertThat(parsed.getStatus()).isEqualTo(AlertStatus.FIRING);
    assertThat(parsed.getLabels()).containsEntry("alertname", "CrmWorkerQueueStuck");
    assertThat(parsed.getStartsAt()).isEqualTo(STARTS);
    assertThat(parsed.getEndsAt()).isNull();
    assertThat(parsed.getFingerprint())
        .isEqualTo(
            AlertFingerprint.of(Map.of("alertname", "CrmWorkerQueueStuck", "namespace", "crm")));
  }

  @Test
  void shouldResolveWithTheSameIdentityAndAnEndTime() {
    // when
    Alert firing = parseAlertmanager(alert.body(STARTS, NOW, false));
    Alert resolved = parseAlertmanager(alert.body(STARTS, NOW, true));

    // then
    assertThat(resolved.getStatus()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(resolved.getFingerprint()).isEqualTo(firing.getFingerprint());
    assertThat(resolved.getStartsAt()).isEqualTo(STARTS);
    assertThat(resolved.getEndsAt()).isEqualTo(NOW);
  }

  @Test
  void shouldSendACrmEventIngestAccepts() {
    // given
    Signal event =
        new Signal.CrmEvent(
            "social.publish.failed", "crm/social", "7 posts failed", Map.of("namespace", "crm"));

    // when
    ParseOutcome outcome =
        new CrmEventParser(PayloadLimits.DEFAULTS)
            .parse(event.body(STARTS, NOW, true).getBytes(StandardCharsets.UTF_8), META);

    // then
    assertThat(outcome).isInstanceOf(ParseOutcome.Accepted.class);
    Alert parsed = ((ParseOutcome.Accepted) outcome).alerts().get(0);
    assertThat(parsed.getEventType()).isEqualTo("social.publish.failed");
    assertThat(parsed.getLabels()).containsEntry("namespace", "crm");
    assertThat(parsed.getStatus()).isEqualTo(AlertStatus.RESOLVED);
  }

  private static Alert parseAlertmanager(String body) {
    ParseOutcome outcome =
        new AlertmanagerWebhookParser(PayloadLimits.DEFAULTS)
            .parse(body.getBytes(StandardCharsets.UTF_8), META);
    assertThat(outcome).isInstanceOf(ParseOutcome.Accepted.class);
    return ((ParseOutcome.Accepted) outcome).alerts().get(0);
  }
}
