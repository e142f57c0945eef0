package dev.responder.ingest.http;

import static dev.responder.ingest.http.BadInputTest.webhook;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responder.ingest.payload.DeadLetter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bad alert never costs the others of its request: each class of bad alert, sent beside a valid
 * one (Alertmanager never retries a 4xx, so refusing the request would lose both), is answered 200
 * with the count of each, the valid alert published and the bad one handed to the publisher as a
 * dead letter, its bytes exactly as sent, its reason and JSON pointer.
 */
class DeadLetterTest {

  private static final String AM = "/v1/alertmanager";
  private static final String EVENTS = "/v1/events";
  private static final String GOOD =
      "{\"status\":\"firing\",\"labels\":{\"alertname\":\"A\"},"
          + "\"startsAt\":\"2026-11-27T05:08:37Z\",\"fingerprint\":\"f0\"}";
  private static final String ALERT = GOOD.replace("f0", "f1");
  private static final String EVENT =
      "{\"type\":\"api.error\",\"key\":\"crm-backend\",\"occurredAt\":\"2026-11-27T05:08:37Z\"}";

  private static TestServer server;

  record Case(
      String path,
      String name,
      String body,
      int accepted,
      int deadLettered,
      String reason,
      String pointer,
      String message,
      String raw) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        alert(
            "missing fingerprint",
            ALERT.replace(",\"fingerprint\":\"f1\"", ""),
            "missing_field",
            "/alerts/1/fingerprint",
            "is required"),
        alert(
            "null startsAt",
            ALERT.replace("\"2026-11-27T05:08:37Z\"", "null"),
            "missing_field",
            "/alerts/1/startsAt",
            "is required"),
        alert(
            "startsAt not a date",
            ALERT.replace("2026-11-27T05:08:37Z", "yesterday"),
            "invalid_timestamp",
            "/alerts/1/startsAt",
            "RFC 3339 timestamp"),
        alert(
            "startsAt without offset",
            ALERT.replace("2026-11-27T05:08:37Z", "2026-11-27T05:08:37"),
            "invalid_timestamp",
            "/alerts/1/startsAt",
            "was \"2026-11-27T05:08:37\""),
        alert(
            "startsAt is Go's zero time",
            ALERT.replace("2026-11-27T05:08:37Z", "0001-01-01T00:00:00Z"),
            "invalid_timestamp",
            "/alerts/1/startsAt",
            "not Go's zero time"),
        alert(
            "endsAt in month 13",
            ALERT.replace("}", ",\"endsAt\":\"2026-13-01T00:00:00Z\"}"),
            "invalid_timestamp",
            "/alerts/1/endsAt",
            "RFC 3339"),
        alert(
            "unknown status",
            ALERT.replace("firing", "pending"),
            "invalid_field",
            "/alerts/1/status",
            "must be \"firing\" or \"resolved\""),
        alert(
            "label value not a string",
            ALERT.replace("\"A\"}", "\"A\",\"port\":8080}"),
            "invalid_field",
            "/alerts/1/labels/port",
            "must be a string, was number"),
        alert(
            "label name with a slash",
            ALERT.replace("\"A\"}", "\"A\",\"a/b\":1}"),
            "invalid_field",
            "/alerts/1/labels/a~1b",
            "must be a string"),
        alert(
            "too many labels",
            ALERT.replace("\"A\"}", "\"A\",\"b\":\"1\",\"c\":\"1\",\"d\":\"1\",\"e\":\"1\"}"),
            "too_many_labels",
            "/alerts/1/labels",
            "has 5 entries; the limit is 4"),
        alert(
            "label value too long",
            ALERT.replace("\"A\"}", "\"A\",\"b\":\"" + "x".repeat(33) + "\"}"),
            "label_too_long",
            "/alerts/1/labels/b",
            "value of 33 characters; the limit is 32"),
        alert(
            "alert larger than an alert may be",
            ALERT.replace("}", ",\"annotations\":{\"d\":\"" + "x".repeat(1024) + "\"}}"),
            "alert_too_large",
            "/alerts/1",
            "the limit is 1024 per item"),
        alert("not an object", "42", "invalid_field", "/alerts/1", "must be a JSON object"),
        new Case(
            AM,
            "alerts past the limit per request",
            webhook(GOOD, GOOD, GOOD, ALERT),
            3,
            1,
            "too_many_alerts",
            "/alerts/3",
            "past the limit of 3 alerts per request",
            ALERT),
        envelope(
            "missing version",
            webhook(GOOD, ALERT).replace("\"version\":\"4\",", ""),
            "missing_field",
            "/version",
            "/version is required"),
        envelope(
            "wrong version",
            webhook(GOOD, ALERT).replace("\"4\"", "\"3\""),
            "unsupported_version",
            "/version",
            "only webhook version \"4\""),
        envelope(
            "missing receiver",
            webhook(GOOD, ALERT).replace("\"receiver\":\"r\",", ""),
            "missing_field",
            "/receiver",
            "is required"),
        envelope(
            "negative truncatedAlerts",
            webhook(GOOD, ALERT).replace("{\"version\"", "{\"truncatedAlerts\":-1,\"version\""),
            "invalid_field",
            "/truncatedAlerts",
            "non-negative integer"),
        event(
            "event without type",
            EVENT.replace("\"type\":\"api.error\",", ""),
            "missing_field",
            "/events/1/type",
            "is required"),
        event(
            "event type not dotted lower case",
            EVENT.replace("api.error", "API Error"),
            "invalid_field",
            "/events/1/type",
            "dotted lower-case words"),
        event(
            "event with empty key",
            EVENT.replace("crm-backend", ""),
            "invalid_field",
            "/events/1/key",
            "must have 1 to 32 characters"),
        event(
            "event with bad occurredAt",
            EVENT.replace("05:08:37Z", "5pm"),
            "invalid_timestamp",
            "/events/1/occurredAt",
            "RFC 3339"),
        event(
            "nested attribute",
            EVENT.replace("}", ",\"attributes\":{\"details\":{\"a\":1}}}"),
            "invalid_field",
            "/events/1/attributes/details",
            "must be a string, number or boolean"),
        event(
            "unknown event status",
            EVENT.replace("}", ",\"status\":\"ok\"}"),
            "invalid_field",
            "/events/1/status",
            "must be \"firing\" or \"resolved\""),
        new Case(
            EVENTS,
            "a single bad event",
            EVENT.replace("api.error", "API Error"),
            0,
            1,
            "invalid_field",
            "/type",
            "dotted lower-case words",
            EVENT.replace("api.error", "API Error")),
        new Case(
            EVENTS,
            "events past the limit per request",
            "{\"events\":[" + String.join(",", EVENT, EVENT, EVENT, EVENT) + "]}",
            3,
            1,
            "too_many_alerts",
            "/events/3",
            "past the limit of 3 events per request",
            EVENT));
  }

  @BeforeAll
  static void startServer() throws Exception {
    server = new TestServer();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void forgetPublished() {
    server.publisher.published.clear();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void shouldStoreTheValidAlertsAndDeadLetterTheBadOneWithItsReason(Case bad) throws Exception {
    HttpResponse<String> response = post(bad.path(), bad.body());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = new ObjectMapper().readTree(response.body());
    assertThat(answer.path("accepted").asInt()).isEqualTo(bad.accepted());
    assertThat(answer.path("deadLettered").asInt()).isEqualTo(bad.deadLettered());
    JsonNode first = answer.path("deadLetters").path(bad.deadLettered() - 1);
    assertThat(first.path("reason").asText()).isEqualTo(bad.reason());
    assertThat(first.path("pointer").asText()).isEqualTo(bad.pointer());
    assertThat(first.path("error").asText()).contains(bad.message());
    RecordingPublisher.Published published = server.publisher.published.get(0);
    assertThat(published.alerts()).hasSize(bad.accepted());
    assertThat(published.deadLetters()).hasSize(bad.deadLettered());
    DeadLetter letter = published.deadLetters().get(bad.deadLettered() - 1);
    assertThat(letter.problem().rejection().code()).isEqualTo(bad.reason());
    assertThat(letter.problem().pointer()).isEqualTo(bad.pointer());
    assertThat(new String(letter.raw(), StandardCharsets.UTF_8)).isEqualTo(bad.raw());
  }

  @Test
  void shouldKeepTheBytesOfADeadLetterExactlyAsSentWhateverTheSpacing() throws Exception {
    String spaced = "{ \"status\" : \"maybe\" ,\n  \"fingerprint\":\"f\\u0031\" }";

    post(AM, webhook(GOOD, spaced));

    DeadLetter letter = server.publisher.published.get(0).deadLetters().get(0);
    assertThat(new String(letter.raw(), StandardCharsets.UTF_8)).isEqualTo(spaced);
    assertThat(letter.element()).isEqualTo("/alerts/1");
  }

  @Test
  void shouldCountDeadLettersByReason() throws Exception {
    post(AM, webhook(GOOD, ALERT.replace("firing", "pending")));

    assertThat(server.get("/metrics").body())
        .contains(
            "responder_ingest_dead_letters_total{endpoint=\"alertmanager\","
                + "reason=\"invalid_field\"} 1.0")
        .contains(
            "responder_ingest_alerts_total{endpoint=\"alertmanager\",outcome=\"dead_lettered\"}");
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    Map<String, String> headers = path.equals(AM) ? BadInputTest.json() : BadInputTest.eventsJson();
    return server.post(path, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  private static Case alert(
      String name, String bad, String reason, String pointer, String message) {
    return new Case(AM, name, webhook(GOOD, bad), 1, 1, reason, pointer, message, bad);
  }

  /** A problem of the envelope every alert shares: each alert is kept as a dead letter. */
  private static Case envelope(
      String name, String body, String reason, String pointer, String message) {
    return new Case(AM, name, body, 0, 2, reason, pointer, message, ALERT);
  }

  private static Case event(
      String name, String bad, String reason, String pointer, String message) {
    return new Case(
        EVENTS,
        name,
        "{\"events\":[" + EVENT + "," + bad + "]}",
        1,
        1,
        reason,
        pointer,
        message,
        bad);
  }
}
