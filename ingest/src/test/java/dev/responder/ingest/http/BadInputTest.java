package dev.responder.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class of bad input, in one table: what is sent, the status and reason answered, the JSON
 * pointer and message of the error body. In every case nothing reaches the publisher.
 */
class BadInputTest {

  private static final String AM = "/v1/alertmanager";
  private static final String EVENTS = "/v1/events";
  private static final String ALERT =
      "{\"status\":\"firing\",\"labels\":{\"alertname\":\"A\"},"
          + "\"startsAt\":\"2026-11-27T05:08:37Z\",\"fingerprint\":\"f1\"}";
  private static final String EVENT =
      "{\"type\":\"api.error\",\"key\":\"crm-backend\",\"occurredAt\":\"2026-11-27T05:08:37Z\"}";

  private static TestServer server;

  record Case(
      String path,
      String name,
      Map<String, String> headers,
      byte[] body,
      int status,
      String reason,
      String pointer,
      String message) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        am(
            "malformed JSON",
            "{\"version\":\"4\",\"alerts\":[{\"status\":}]}",
            400,
            "malformed_json",
            "/alerts/0/status",
            "malformed JSON at line 1"),
        am("empty body", "", 400, "malformed_json", "", "the body is empty"),
        am("trailing content", webhook(ALERT) + " {}", 400, "malformed_json", "", "malformed"),
        am(
            "duplicate key",
            "{\"version\":\"4\",\"version\":\"4\"}",
            400,
            "malformed_json",
            "/version",
            "Duplicate field 'version'"),
        am("not an object", "[1,2]", 400, "invalid_field", "", "must be a JSON object"),
        new Case(
            AM,
            "invalid UTF-8 byte",
            json(),
            bytes(webhook(ALERT), "\"A\"", new byte[] {'"', (byte) 0xC3, 0x28, '"'}),
            400,
            "invalid_utf8",
            "",
            "not valid UTF-8: bad byte" + " sequence at byte offset"),
        new Case(
            AM,
            "UTF-8 encoded surrogate",
            json(),
            bytes(
                webhook(ALERT),
                "\"A\"",
                new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}),
            400,
            "invalid_utf8",
            "",
            "UTF-8"),
        am(
            "missing version",
            webhook(ALERT).replace("\"version\":\"4\",", ""),
            400,
            "missing_field",
            "/version",
            "/version is required"),
        am(
            "wrong version",
            webhook(ALERT).replace("\"4\"", "\"3\""),
            400,
            "unsupported_version",
            "/version",
            "only webhook version \"4\""),
        am(
            "version as number",
            webhook(ALERT).replace("\"4\"", "4"),
            400,
            "invalid_field",
            "/version",
            "must be a string, was number"),
        am(
            "missing receiver",
            webhook(ALERT).replace("\"receiver\":\"r\",", ""),
            400,
            "missing_field",
            "/receiver",
            "is required"),
        am(
            "missing alerts",
            "{\"version\":\"4\",\"receiver\":\"r\",\"groupKey\":\"g\"}",
            400,
            "missing_field",
            "/alerts",
            "is required"),
        am(
            "alerts not an array",
            webhook(ALERT).replace("[", "").replace("]", ""),
            400,
            "invalid_field",
            "/alerts",
            "must be a JSON array"),
        am(
            "missing fingerprint",
            webhook(ALERT.replace(",\"fingerprint\":\"f1\"", "")),
            400,
            "missing_field",
            "/alerts/0/fingerprint",
            "is required"),
        am(
            "null startsAt",
            webhook(ALERT.replace("\"2026-11-27T05:08:37Z\"", "null")),
            400,
            "missing_field",
            "/alerts/0/startsAt",
            "is required"),
        am(
            "startsAt not a date",
            webhook(ALERT.replace("2026-11-27T05:08:37Z", "yesterday")),
            400,
            "invalid_timestamp",
            "/alerts/0/startsAt",
            "RFC 3339 timestamp"),
        am(
            "startsAt without offset",
            webhook(ALERT.replace("2026-11-27T05:08:37Z", "2026-11-27T05:08:37")),
            400,
            "invalid_timestamp",
            "/alerts/0/startsAt",
            "was \"2026-11-27T05:08:37\""),
        am(
            "startsAt is Go's zero time",
            webhook(ALERT.replace("2026-11-27T05:08:37Z", "0001-01-01T00:00:00Z")),
            400,
            "invalid_timestamp",
            "/alerts/0/startsAt",
            "not Go's zero time"),
        am(
            "endsAt in month 13",
            webhook(ALERT.replace("}", ",\"endsAt\":\"2026-13-01T00:00:00Z\"}")),
            400,
            "invalid_timestamp",
            "/alerts/0/endsAt",
            "RFC 3339"),
        am(
            "unknown status",
            webhook(ALERT, ALERT.replace("firing", "pending")),
            400,
            "invalid_field",
            "/alerts/1/status",
            "must be \"firing\" or \"resolved\""),
        am(
            "label value not a string",
            webhook(ALERT.replace("\"A\"}", "\"A\",\"port\":8080}")),
            400,
            "invalid_field",
            "/alerts/0/labels/port",
            "must be a string, was number"),
        am(
            "label name with a slash",
            webhook(ALERT.replace("\"A\"}", "\"A\",\"a/b\":1}")),
            400,
            "invalid_field",
            "/alerts/0/labels/a~1b",
            "must be a string"),
        am(
            "negative truncatedAlerts",
            webhook(ALERT).replace("{\"version\"", "{\"truncatedAlerts\":-1,\"version\""),
            400,
            "invalid_field",
            "/truncatedAlerts",
            "non-negative integer"),
        am(
            "too many alerts",
            webhook(ALERT, ALERT, ALERT, ALERT),
            413,
            "too_many_alerts",
            "/alerts",
            "has 4 alerts; the limit is 3"),
        am(
            "too many labels",
            webhook(
                ALERT.replace("\"A\"}", "\"A\",\"b\":\"1\",\"c\":\"1\",\"d\":\"1\",\"e\":\"1\"}")),
            413,
            "too_many_labels",
            "/alerts/0/labels",
            "has 5 entries; the limit is 4"),
        am(
            "label value too long",
            webhook(ALERT.replace("\"A\"}", "\"A\",\"b\":\"" + "x".repeat(33) + "\"}")),
            413,
            "label_too_long",
            "/alerts/0/labels/b",
            "value of 33 characters; the limit is 32"),
        am(
            "body over the size limit",
            webhook(ALERT) + " ".repeat(TestServer.MAX_BODY_BYTES),
            413,
            "body_too_large",
            "",
            "larger than the limit of 4096 bytes"),
        new Case(
            AM,
            "text/plain",
            Map.of("Content-Type", "text/plain", "Authorization", bearer()),
            utf8(webhook(ALERT)),
            415,
            "unsupported_media_type",
            "",
            "was 'text/plain'"),
        new Case(
            AM,
            "no content type",
            Map.of("Authorization", bearer()),
            utf8(webhook(ALERT)),
            415,
            "unsupported_media_type",
            "",
            "was missing"),
        new Case(
            AM,
            "JSON in Latin-1",
            Map.of(
                "Content-Type", "application/json; charset=ISO-8859-1", "Authorization", bearer()),
            utf8(webhook(ALERT)),
            415,
            "unsupported_media_type",
            "",
            "UTF-8"),
        new Case(
            AM,
            "no credentials",
            Map.of("Content-Type", "application/json"),
            utf8(webhook(ALERT)),
            401,
            "unauthorized",
            "",
            "missing or wrong credentials"),
        new Case(
            AM,
            "wrong bearer token",
            Map.of("Content-Type", "application/json", "Authorization", "Bearer nope"),
            utf8(webhook(ALERT)),
            401,
            "unauthorized",
            "",
            "credentials"),
        new Case(
            AM,
            "wrong basic password",
            Map.of("Content-Type", "application/json", "Authorization", basic("alertmanager:x")),
            utf8(webhook(ALERT)),
            401,
            "unauthorized",
            "",
            "credentials"),
        events(
            "event without type",
            EVENT.replace("\"type\":\"api.error\",", ""),
            400,
            "missing_field",
            "/type",
            "/type is required"),
        events(
            "event type not dotted lower case",
            EVENT.replace("api.error", "API Error"),
            400,
            "invalid_field",
            "/type",
            "dotted lower-case words"),
        events(
            "event with empty key",
            EVENT.replace("crm-backend", ""),
            400,
            "invalid_field",
            "/key",
            "must have 1 to 32 characters"),
        events(
            "event with bad occurredAt",
            EVENT.replace("05:08:37Z", "5pm"),
            400,
            "invalid_timestamp",
            "/occurredAt",
            "RFC 3339"),
        events(
            "second event of a batch without key",
            "{\"events\":[" + EVENT + "," + EVENT.replace("\"key\":\"crm-backend\",", "") + "]}",
            400,
            "missing_field",
            "/events/1/key",
            "is required"),
        events(
            "nested attribute",
            EVENT.replace("}", ",\"attributes\":{\"details\":{\"a\":1}}}"),
            400,
            "invalid_field",
            "/attributes/details",
            "must be a string, number or boolean"),
        events(
            "unknown event status",
            EVENT.replace("}", ",\"status\":\"ok\"}"),
            400,
            "invalid_field",
            "/status",
            "must be \"firing\" or \"resolved\""),
        events(
            "too many events",
            "{\"events\":[" + String.join(",", EVENT, EVENT, EVENT, EVENT) + "]}",
            413,
            "too_many_alerts",
            "/events",
            "has 4 events; the limit is 3"));
  }

  @BeforeAll
  static void startServer() throws Exception {
    server = new TestServer();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void shouldRefuseBadInputNamingTheProblemAndWriteNothing(Case bad) throws Exception {
    HttpResponse<String> response = server.post(bad.path(), bad.headers(), bad.body());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(bad.status());
    JsonNode error = new ObjectMapper().readTree(response.body());
    assertThat(error.path("reason").asText()).isEqualTo(bad.reason());
    assertThat(error.path("pointer").asText()).isEqualTo(bad.pointer());
    assertThat(error.path("error").asText()).contains(bad.message());
    assertThat(error.path("requestId").asText()).isNotBlank();
    assertThat(server.publisher.published).isEmpty();
  }

  private static Case am(
      String name, String body, int status, String reason, String pointer, String message) {
    return new Case(AM, name, json(), utf8(body), status, reason, pointer, message);
  }

  private static Case events(
      String name, String body, int status, String reason, String pointer, String message) {
    return new Case(EVENTS, name, json(), utf8(body), status, reason, pointer, message);
  }

  static String webhook(String... alerts) {
    return "{\"version\":\"4\",\"receiver\":\"r\",\"groupKey\":\"g\",\"alerts\":["
        + String.join(",", alerts)
        + "]}";
  }

  static Map<String, String> json() {
    Map<String, String> headers = new HashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Authorization", bearer());
    return headers;
  }

  static String bearer() {
    return "Bearer " + TestServer.TOKEN;
  }

  static String basic(String userAndPassword) {
    return "Basic " + Base64.getEncoder().encodeToString(utf8(userAndPassword));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The text with its first {@code target} replaced by raw bytes (which may be invalid UTF-8). */
  private static byte[] bytes(String text, String target, byte[] replacement) {
    int at = text.indexOf(target);
    byte[] before = utf8(text.substring(0, at));
    byte[] after = utf8(text.substring(at + target.length()));
    byte[] result = new byte[before.length + replacement.length + after.length];
    System.arraycopy(before, 0, result, 0, before.length);
    System.arraycopy(replacement, 0, result, before.length, replacement.length);
    System.arraycopy(after, 0, result, before.length + replacement.length, after.length);
    return result;
  }
}
