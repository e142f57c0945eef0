package dev.responder.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.ingest.Fixtures;
import dev.responder.ingest.publish.PublishFailure;
import dev.responder.ingest.publish.PublishResult;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReceiveHandlerTest {

  private static final String TRACEPARENT =
      "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

  private TestServer server;

  @BeforeEach
  void startServer() throws Exception {
    server = new TestServer();
  }

  @AfterEach
  void stopServer() throws Exception {
    server.close();
  }

  private HttpResponse<String> postFixture(Map<String, String> extraHeaders) throws Exception {
    Map<String, String> headers = BadInputTest.json();
    headers.putAll(extraHeaders);
    return server.post("/v1/alertmanager", headers, Fixtures.alertmanagerWebhook());
  }

  @Test
  void shouldAcceptTheWebhookOnceThePublisherStoredEveryAlert() throws Exception {
    HttpResponse<String> response =
        postFixture(Map.of("X-Request-Id", "am-42", "traceparent", TRACEPARENT));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"alerts\":1").contains("\"requestId\":\"am-42\"");
    RecordingPublisher.Published published = server.publisher.published.get(0);
    assertThat(published.headers().requestId()).isEqualTo("am-42");
    assertThat(published.headers().traceparent()).isEqualTo(TRACEPARENT);
    assertThat(published.alerts())
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.getFingerprint()).isEqualTo("22199ddd4e790a23");
              assertThat(alert.getRequestId()).isEqualTo("am-42");
            });
  }

  @Test
  void shouldCloseTheConnectionWhenRefusingWithoutReadingTheBody() throws Exception {
    HttpResponse<String> unauthorized = postFixture(Map.of("Authorization", "Bearer wrong-token"));
    HttpResponse<String> wrongType =
        server.post(
            "/v1/alertmanager",
            Map.of("Content-Type", "text/plain", "Authorization", BadInputTest.bearer()),
            Fixtures.alertmanagerWebhook());

    assertThat(unauthorized.statusCode()).isEqualTo(401);
    assertThat(unauthorized.headers().firstValue("Connection")).hasValue("close");
    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertThat(wrongType.headers().firstValue("Connection")).hasValue("close");
  }

  @Test
  void shouldAcceptBasicAuthAsWellAsTheBearerToken() throws Exception {
    HttpResponse<String> response =
        postFixture(Map.of("Authorization", BadInputTest.basic("alertmanager:pa55")));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void shouldAnswer503WithRetryAfterWhenAlertsCouldNotBeStored() throws Exception {
    server.publisher.answer = PublishResult.failed(PublishFailure.TIMED_OUT, "expired");

    HttpResponse<String> response = postFixture(Map.of());

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).contains("7");
    assertThat(response.body()).contains("\"reason\":\"timed_out\"");
  }

  @Test
  void shouldCountRequestsAndAlertsByEndpointAndOutcome() throws Exception {
    postFixture(Map.of());
    postFixture(Map.of("Authorization", "Bearer wrong"));

    String metrics = server.get("/metrics").body();

    assertThat(metrics)
        .contains(
            "responder_ingest_requests_total{endpoint=\"alertmanager\",outcome=\"accepted\"} 1.0")
        .contains(
            "responder_ingest_requests_total{endpoint=\"alertmanager\",outcome=\"unauthorized\"} 1.0")
        .contains(
            "responder_ingest_alerts_total{endpoint=\"alertmanager\",outcome=\"accepted\"} 1.0")
        .contains("responder_ingest_produce_seconds_bucket")
        .contains("responder_ingest_requests_in_flight 0.0");
  }

  @Test
  void shouldCountAlertsTheSenderTruncated() throws Exception {
    String body =
        new String(Fixtures.alertmanagerWebhook(), java.nio.charset.StandardCharsets.UTF_8)
            .replace("\"truncatedAlerts\": 0", "\"truncatedAlerts\": 5");

    server.post("/v1/alertmanager", BadInputTest.json(), body.getBytes());

    assertThat(server.get("/metrics").body())
        .contains("responder_ingest_truncated_alerts_total{endpoint=\"alertmanager\"} 5.0");
  }

  @Test
  void shouldAnswerLivenessAndReadiness() throws Exception {
    assertThat(server.get("/livez").statusCode()).isEqualTo(200);
    assertThat(server.get("/readyz").statusCode()).isEqualTo(200);
  }

  @Test
  void shouldAnswerOnlyTheExactProbePaths() throws Exception {
    assertThat(server.get("/livez-anything").statusCode()).isEqualTo(404);
    assertThat(server.get("/metrics/extra").statusCode()).isEqualTo(404);
  }
}
