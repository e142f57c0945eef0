package dev.responder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responder.ingest.publish.DeadLetterHeaders;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.Alert;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile HTTP input against the running ingest service on the real broker, one row each: what is
 * sent, the status and reason answered, and then that the service still stores the next good
 * request. Label values crafted as SQL, shell, HTML and Kubernetes names are data: stored verbatim,
 * and never a target (the remediator's SenderTextTargetTest). Refusals already tabled on the
 * receiver alone (bad credentials, invalid UTF-8, wrong media types, a body that stalls) are in
 * {@code BadInputTest} and {@code ServerLimitsTest}.
 */
@ExtendWith(SandboxExtension.class)
class HostileInputIT {

  private static final String AM = "/v1/alertmanager";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static IngestService ingest;
  private static IngestClient client;
  private static AlertTopic topic;

  /** What one hostile request got: the status (0 when the server closed without answering). */
  record Answer(int status, String body) {}

  @FunctionalInterface
  interface Attack {
    Answer send(URI base) throws Exception;
  }

  /**
   * One row of the table: the attack, the status and reason it must get (reason "" for none), and
   * for an accepted request the label values that must be stored verbatim.
   */
  record Row(String name, Attack attack, int status, String reason, List<String> storedVerbatim) {
    @Override
    public String toString() {
      return name
          + " -> "
          + (status == 0 ? "closed" : status)
          + (reason.isEmpty() ? "" : " " + reason);
    }
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row(
            "body of 8 MiB",
            base -> post(base, AM, padded(8 << 20)),
            413,
            "body_too_large",
            List.of()),
        // Without a length the server can refuse only once it has read past the limit; a client
        // still sending megabytes then may see the connection close before the answer. Just past
        // the limit, the rest fits the socket buffers and the 413 is always read.
        new Row(
            "body just over 4 MiB, chunked (no Content-Length)",
            base -> postChunked(base, AM, padded(IngestConfig.DEFAULT_MAX_BODY_BYTES + (16 << 10))),
            413,
            "body_too_large",
            List.of()),
        new Row(
            "JSON nested 100,000 deep",
            base -> post(base, AM, utf8("{\"version\":\"4\",\"alerts\":" + "[".repeat(100_000))),
            400,
            "malformed_json",
            List.of()),
        new Row(
            "one alert with 100,000 labels",
            base -> post(base, AM, manyLabels(100_000)),
            200,
            "alert_too_large",
            List.of()),
        new Row(
            "NUL bytes before the JSON",
            base -> post(base, AM, withNuls(webhook("fp-nul", "x"))),
            400,
            "malformed_json",
            List.of()),
        new Row(
            "escaped NUL in a label value",
            base -> post(base, AM, utf8(webhook("fp-nul-escaped", "a\\u0000b"))),
            200,
            "",
            List.of("a\u0000b")),
        new Row("PUT", base -> request(base, "PUT", AM), 405, "method_not_allowed", List.of()),
        new Row(
            "PROPFIND",
            base -> request(base, "PROPFIND", AM),
            405,
            "method_not_allowed",
            List.of()),
        new Row(
            "POST to Alertmanager's own API path",
            base -> post(base, "/api/v2/alerts", utf8("[]")),
            404,
            "",
            List.of()),
        new Row(
            "POST with a dot-dot path",
            base -> rawRequest(base, "POST /v1/../admin HTTP/1.1"),
            404,
            "",
            List.of()),
        new Row("Authorization header of 64 KiB", base -> hugeHeader(base), 431, "", List.of()),
        new Row(
            "headers that never end (slowloris)", HostileInputIT::stalledHeaders, 0, "", List.of()),
        injection("label value crafted as SQL", "crm'; DROP TABLE ledger; --"),
        injection("label value crafted as a shell command", "$(curl -s 127.0.0.1:9/x | sh)"),
        injection("label value crafted as HTML", "<script>alert(1)</script>"),
        injection(
            "label value naming another Kubernetes target", "kube-system/deployment/coredns"));
  }

  @BeforeAll
  static void startIngest(KafkaBroker kafka) throws Exception {
    Map<String, String> config = new HashMap<>();
    config.put(IngestConfig.HOST, "127.0.0.1");
    config.put(IngestConfig.PORT, "0");
    config.put(IngestConfig.BOOTSTRAP, kafka.bootstrapServers());
    config.put(IngestConfig.TOKEN, IngestKafkaIT.TOKEN);
    config.put(IngestConfig.EVENTS_TOKEN, IngestKafkaIT.EVENTS_TOKEN);
    config.put(IngestConfig.IDLE_TIMEOUT_MS, "2000");
    ingest = IngestService.start(IngestConfig.fromMap(config));
    client = new IngestClient(ingest.uri(), IngestKafkaIT.TOKEN);
    topic = new AlertTopic(kafka.bootstrapServers());
  }

  @AfterAll
  static void stopIngest() throws Exception {
    topic.close();
    ingest.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void shouldAnswerHostileInputAndGoOnServing(Row row) throws Exception {
    Answer answer = row.attack().send(ingest.uri());

    assertThat(answer.status()).as(answer.body()).isEqualTo(row.status());
    if (!row.reason().isEmpty()) {
      assertThat(answer.body()).contains("\"" + row.reason() + "\"");
    }
    if (answer.status() >= 400 && answer.body().startsWith("{")) {
      assertThat(JSON.readTree(answer.body()).path("requestId").asText()).isNotBlank();
    }
    for (String value : row.storedVerbatim()) {
      Alert stored = awaitStored(JSON.readTree(answer.body()).path("requestId").asText());
      assertThat(stored.getLabels()).containsEntry("service", value);
    }
    assertGoodRequestStillStored();
  }

  @Test
  void shouldDeadLetterAnOversizedAlertCutToWhatKafkaTakes(KafkaBroker kafka) throws Exception {
    // given: found by the table's 100,000-label row, which was answered 503 because the dead
    // letter (1.3 MB, the alert as sent) was larger than Kafka's record limit
    byte[] body = manyLabels(100_000);
    String requestId = "many-" + UUID.randomUUID();

    try (DeadLetterTopic deadLetters = new DeadLetterTopic(kafka.bootstrapServers())) {
      // when
      HttpResponse<String> response = client.post(AM, requestId, body);

      // then
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      ConsumerRecord<byte[], byte[]> letter = deadLetters.awaitLetters(requestId, 1).get(0);
      assertThat(DeadLetterTopic.header(letter, DeadLetterHeaders.REASON))
          .isEqualTo("alert_too_large");
      assertThat(letter.value()).hasSize(DeadLetterHeaders.MAX_VALUE_BYTES);
      assertThat(Integer.parseInt(DeadLetterTopic.header(letter, DeadLetterHeaders.TRUNCATED_FROM)))
          .isGreaterThan(1_000_000);
    }
  }

  private static void assertGoodRequestStillStored() throws Exception {
    String requestId = "good-" + UUID.randomUUID();
    HttpResponse<String> good = client.post(AM, requestId, Webhooks.withAlerts(requestId, 1));
    assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
    awaitStored(requestId);
  }

  private static Alert awaitStored(String requestId) {
    List<ConsumerRecord<String, Alert>> seen =
        topic.awaitRecords(
            Duration.ofSeconds(30), all -> !AlertTopic.ofRequest(all, requestId).isEmpty());
    return AlertTopic.ofRequest(seen, requestId).get(0).value();
  }

  private static Row injection(String name, String value) {
    String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"");
    return new Row(
        name,
        base -> post(base, AM, utf8(webhook("fp-" + UUID.randomUUID(), escaped))),
        200,
        "",
        List.of(value));
  }

  private static String webhook(String fingerprint, String serviceJson) {
    return "{\"version\":\"4\",\"receiver\":\"r\",\"groupKey\":\"g\",\"status\":\"firing\",\"alerts\":["
        + "{\"status\":\"firing\",\"labels\":{\"alertname\":\"HighErrorRate\",\"namespace\":\"crm\","
        + "\"service\":\""
        + serviceJson
        + "\"},\"annotations\":{},\"startsAt\":\"2026-11-27T05:08:37Z\",\"fingerprint\":\""
        + fingerprint
        + "\"}]}";
  }

  private static byte[] manyLabels(int count) {
    StringBuilder labels = new StringBuilder("\"alertname\":\"Many\"");
    for (int i = 0; i < count; i++) {
      labels.append(",\"l").append(i).append("\":\"v\"");
    }
    return utf8(
        "{\"version\":\"4\",\"receiver\":\"r\",\"groupKey\":\"g\",\"alerts\":[{\"status\":\"firing\",\"labels\":{"
            + labels
            + "},\"startsAt\":\"2026-11-27T05:08:37Z\",\"fingerprint\":\"fp-many\"}]}");
  }

  private static byte[] padded(int size) {
    byte[] body = utf8(webhook("fp-big", "x") + " ".repeat(size));
    return body;
  }

  private static byte[] withNuls(String json) {
    byte[] body = utf8(json);
    byte[] out = new byte[body.length + 4];
    System.arraycopy(body, 0, out, 4, body.length);
    return out;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static HttpRequest.Builder authorized(URI base, String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + IngestKafkaIT.TOKEN);
  }

  private static Answer post(URI base, String path, byte[] body) throws Exception {
    return send(authorized(base, path).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  private static Answer postChunked(URI base, String path, byte[] body) throws Exception {
    HttpRequest.BodyPublisher chunked =
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    return send(authorized(base, path).POST(chunked).build());
  }

  private static Answer request(URI base, String method, String path) throws Exception {
    return send(authorized(base, path).method(method, HttpRequest.BodyPublishers.noBody()).build());
  }

  private static Answer hugeHeader(URI base) throws Exception {
    return send(
        HttpRequest.newBuilder(base.resolve(AM))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + "x".repeat(64 << 10))
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build());
  }

  private static Answer send(HttpRequest request) throws Exception {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      // The server answered and closed before the whole body was sent: read as no answer.
      return new Answer(0, e.toString());
    }
  }

  /** A request line the HTTP client would normalise, sent as written. */
  private static Answer rawRequest(URI base, String requestLine) throws Exception {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine
                  + "\r\nHost: x\r\nAuthorization: Bearer "
                  + IngestKafkaIT.TOKEN
                  + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer =
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      int status = Integer.parseInt(answer.substring(9, 12));
      return new Answer(status, answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }
  }

  /** Sends half a request's headers and never the rest: the server must close the connection. */
  private static Answer stalledHeaders(URI base) throws Exception {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          "POST /v1/alertmanager HTTP/1.1\r\nHost: x\r\nAuthor"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      CompletableFuture<byte[]> rest = CompletableFuture.supplyAsync(() -> readAll(in));
      byte[] answer = rest.get(30, TimeUnit.SECONDS);
      String text = new String(answer, StandardCharsets.ISO_8859_1);
      return new Answer(
          text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : 0, text);
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  static {
    // Awaitility's default poll would hammer the broker in every row.
    await().pollInterval(Duration.ofMillis(50));
  }
}
