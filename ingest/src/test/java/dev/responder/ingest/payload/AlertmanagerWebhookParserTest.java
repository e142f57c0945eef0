package dev.responder.ingest.payload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.ingest.Fixtures;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.avro.AlertStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertmanagerWebhookParserTest {

  static final RequestMeta META =
      new RequestMeta("req-1", Instant.parse("2026-11-27T05:09:00.123Z"));

  private final AlertmanagerWebhookParser parser =
      new AlertmanagerWebhookParser(PayloadLimits.DEFAULTS);

  @Test
  void shouldNormaliseTheCapturedAlertmanagerWebhook() {
    ParseOutcome outcome = parser.parse(Fixtures.alertmanagerWebhook(), META);

    Alert expected =
        Alert.newBuilder()
            .setFingerprint("22199ddd4e790a23")
            .setStatus(AlertStatus.FIRING)
            .setSource(AlertSource.ALERTMANAGER)
            .setLabels(
                Map.of(
                    "alertname", "HighErrorRate",
                    "namespace", "crm",
                    "service", "crm-backend",
                    "severity", "critical"))
            .setAnnotations(Map.of("runbook", "restart", "summary", "5xx rate > 5%"))
            .setStartsAt(Instant.parse("2026-11-27T05:08:37Z"))
            .setEndsAt(null)
            .setReceivedAt(META.receivedAt())
            .setGeneratorUrl("http://127.0.0.1/graph")
            .setGroupKey("{}:{alertname=\"HighErrorRate\", service=\"crm-backend\"}")
            .setReceiver("incident-pipeline")
            .setExternalUrl("http://vm:19093")
            .setRequestId("req-1")
            .build();
    assertThat(outcome)
        .isEqualTo(new ParseOutcome.Accepted(java.util.List.of(expected), java.util.List.of(), 0));
  }

  @Test
  void shouldKeepEndsAtOfResolvedAlertTruncatedToMillis() {
    String body =
        webhook(
            "{\"status\":\"resolved\",\"labels\":{\"alertname\":\"A\"},"
                + "\"startsAt\":\"2026-11-27T05:08:37.123456789+01:00\","
                + "\"endsAt\":\"2026-11-27T06:00:00.999999Z\",\"fingerprint\":\"f1\"}");

    ParseOutcome outcome = parser.parse(body.getBytes(StandardCharsets.UTF_8), META);

    Alert alert = ((ParseOutcome.Accepted) outcome).alerts().get(0);
    assertThat(alert.getStatus()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(alert.getStartsAt()).isEqualTo(Instant.parse("2026-11-27T04:08:37.123Z"));
    assertThat(alert.getEndsAt()).isEqualTo(Instant.parse("2026-11-27T06:00:00.999Z"));
    assertThat(alert.getAnnotations()).isEmpty();
    assertThat(alert.getGeneratorUrl()).isNull();
  }

  @Test
  void shouldIgnoreUnknownFieldsAndReportTruncatedAlerts() {
    String body =
        "{\"version\":\"4\",\"receiver\":\"r\",\"groupKey\":\"g\",\"truncatedAlerts\":7,"
            + "\"somethingNew\":{\"x\":[1,2]},\"alerts\":[]}";

    ParseOutcome outcome = parser.parse(body.getBytes(StandardCharsets.UTF_8), META);

    assertThat(outcome)
        .isEqualTo(new ParseOutcome.Accepted(java.util.List.of(), java.util.List.of(), 7));
  }

  static String webhook(String... alerts) {
    return "{\"version\":\"4\",\"receiver\":\"r\",\"groupKey\":\"g\",\"status\":\"firing\","
        + "\"alerts\":["
        + String.join(",", alerts)
        + "]}";
  }

  @Test
  void shouldRefuseBodyWithNulBytesAsMalformedJsonInsteadOfFailing() {
    // given: found by PayloadFuzzTest; NULs before the object made Jackson read the body as UTF-32
    // and fail with an I/O error that left the parser (an HTTP 500, which Alertmanager retries)
    byte[] body =
        ("\0\0\0\0" + "{\"version\":\"4\",\"alerts\":[]}").getBytes(StandardCharsets.UTF_8);

    // when
    ParseOutcome outcome = parser.parse(body, META);

    // then
    assertThat(outcome)
        .isInstanceOfSatisfying(
            ParseOutcome.Rejected.class,
            rejected -> {
              assertThat(rejected.problem().rejection()).isEqualTo(Rejection.MALFORMED_JSON);
              assertThat(rejected.problem().message())
                  .isEqualTo(
                      "malformed JSON: a NUL byte at byte offset 0 (write it as \\u0000 in a"
                          + " string)");
            });
  }
}
