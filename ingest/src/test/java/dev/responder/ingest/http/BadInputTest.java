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
 * Every request refused as a whole, in one table: what is sent, the status and reason answered, the
 * JSON pointer and message of the error body. These are the requests in which no alert can be told
 * apart (or whose sender may not post); in every case nothing reaches the publisher. Bad alerts
 * inside a readable request are dead-lettered instead: {@link DeadLetterTest}.
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
        am("trailing content", webhook(ALERT) + " {}", 400, "malformed_json", "", "trailing"),
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
            "was \"text/plain\""),
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
        new Case(
            AM,
            "the CRM's token on the Alertmanager endpoint",
            Map.of(
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer " + TestServer.EVENTS_TOKEN),
            utf8(webhook(ALERT)),
            403,
            "wrong_endpoint",
            "",
            "belong to another sender and may not post to /v1/alertmanager"),
        new Case(
            EVENTS,
            "Alertmanager's token on the events endpoint",
            Map.of("Content-Type", "application/json", "Authorization", bearer()),
            utf8(EVENT),
            403,
            "wrong_endpoint",
            "",
            "may not post to /v1/events"),
        new Case(
            EVENTS,
            "Alertmanager's basic auth on the events endpoint",
            Map.of("Content-Type", "application/json", "Authorization", basic("alertmanager:pa55")),
            utf8(EVENT),
            403,
            "wrong_endpoint",
            "",
            "another sender"),
        events(
            "events not an array",
            "{\"events\":" + EVENT + "}",
            400,
            "invalid_field",
            "/events",
            "must be a JSON array"),
        events(
            "event batch cut short",
            "{\"events\":[" + EVENT,
            400,
            "malformed_json",
            "/events/0",
            "malformed"));
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
    return new Case(EVENTS, name, eventsJson(), utf8(body), status, reason, pointer, message);
  }

  static Map<String, String> eventsJson() {
    Map<String, String> headers = new HashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Authorization", "Bearer " + TestServer.EVENTS_TOKEN);
    return headers;
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

  static byte[] utf8(String text) {
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
