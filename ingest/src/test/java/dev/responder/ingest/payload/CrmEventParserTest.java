package dev.responder.ingest.payload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.avro.AlertStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrmEventParserTest {

  private final CrmEventParser parser = new CrmEventParser(PayloadLimits.DEFAULTS);

  private ParseOutcome parse(String json) {
    return parser.parse(json.getBytes(StandardCharsets.UTF_8), AlertmanagerWebhookParserTest.META);
  }

  @Test
  void shouldTurnOneEventIntoAFiringAlertLabelledByTypeAndPlace() {
    ParseOutcome outcome =
        parse(
            """
            {"type": "social.publish.failed", "key": "post-42/facebook",
             "occurredAt": "2026-11-27T05:08:37Z", "summary": "token expired",
             "attributes": {"platform": "facebook", "postId": "42", "httpStatus": 401,
                            "errorMessage": "OAuth token expired"}}
            """);

    Alert alert = ((ParseOutcome.Accepted) outcome).alerts().get(0);
    assertThat(alert.getSource()).isEqualTo(AlertSource.CRM_EVENT);
    assertThat(alert.getStatus()).isEqualTo(AlertStatus.FIRING);
    assertThat(alert.getEventType()).isEqualTo("social.publish.failed");
    assertThat(alert.getLabels())
        .isEqualTo(
            Map.of(
                "alertname", "social.publish.failed",
                "event_type", "social.publish.failed",
                "event_key", "post-42/facebook",
                "platform", "facebook"));
    assertThat(alert.getAttributes())
        .containsEntry("httpStatus", "401")
        .containsEntry("errorMessage", "OAuth token expired");
    assertThat(alert.getAnnotations()).containsExactlyEntriesOf(Map.of("summary", "token expired"));
    assertThat(alert.getStartsAt()).isEqualTo(Instant.parse("2026-11-27T05:08:37Z"));
    assertThat(alert.getEndsAt()).isNull();
    assertThat(alert.getGroupKey()).isNull();
  }

  @Test
  void shouldGiveTheSameTypeAndKeyTheSameFingerprintAndOthersADifferentOne() {
    String first = CrmEventLabels.fingerprint("queue.backlog", "crm-events");

    assertThat(first)
        .isEqualTo(CrmEventLabels.fingerprint("queue.backlog", "crm-events"))
        .matches("[0-9a-f]{16}")
        .isNotEqualTo(CrmEventLabels.fingerprint("queue.backlog", "crm-events-2"))
        .isNotEqualTo(CrmEventLabels.fingerprint("queue.backlo", "gcrm-events"));
  }

  @Test
  void shouldEndAResolvedEventAtItsOccurrence() {
    ParseOutcome outcome =
        parse(
            """
            {"events": [
              {"type": "queue.backlog", "key": "crm-events", "status": "resolved",
               "occurredAt": "2026-11-27T06:00:00Z"},
              {"type": "api.error", "key": "crm-backend", "occurredAt": "2026-11-27T06:00:01Z"}
            ]}
            """);

    List<Alert> alerts = ((ParseOutcome.Accepted) outcome).alerts();
    assertThat(alerts)
        .extracting(Alert::getStatus)
        .containsExactly(AlertStatus.RESOLVED, AlertStatus.FIRING);
    assertThat(alerts.get(0).getEndsAt()).isEqualTo(Instant.parse("2026-11-27T06:00:00Z"));
    assertThat(alerts.get(0).getFingerprint())
        .isEqualTo(CrmEventLabels.fingerprint("queue.backlog", "crm-events"));
  }

  @Test
  void shouldRefuseAnEventTypeLongerThanTheLabelLimit() {
    // given: found by PayloadFuzzTest; the type becomes two labels, but only the fixed
    // 128-character
    // bound applied, so a smaller configured label limit let longer labels through
    CrmEventParser tight = new CrmEventParser(new PayloadLimits(8, 6, 64, 2048));
    String type = "sync." + "x".repeat(60) + ".failed";
    String json =
        "{\"type\": \""
            + type
            + "\", \"key\": \"hubspot/contacts\", \"occurredAt\": \"2026-11-27T05:20:45Z\"}";

    // when
    ParseOutcome outcome =
        tight.parse(json.getBytes(StandardCharsets.UTF_8), AlertmanagerWebhookParserTest.META);

    // then
    ParseOutcome.Accepted accepted = (ParseOutcome.Accepted) outcome;
    assertThat(accepted.alerts()).isEmpty();
    assertThat(accepted.deadLetters().get(0).problem().pointer()).isEqualTo("/type");
    assertThat(accepted.deadLetters().get(0).problem().message()).contains("at most 64 characters");
  }
}
