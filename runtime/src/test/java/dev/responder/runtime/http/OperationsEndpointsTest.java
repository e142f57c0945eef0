package dev.responder.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OperationsEndpointsTest {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicReference<Liveness> liveness = new AtomicReference<>(Liveness.ALIVE);
  private final OperationsEndpoints endpoints =
      OperationsEndpoints.start(0, liveness::get, running::get, registry);
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    endpoints.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return get(endpoints, path);
  }

  private HttpResponse<String> get(OperationsEndpoints served, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void shouldAnswerLivenessWhileTheProcessRuns() throws Exception {
    HttpResponse<String> livez = get("/livez");

    assertThat(livez.statusCode()).isEqualTo(200);
    assertThat(livez.body()).isEqualTo("ok");
  }

  @Test
  void shouldFailLivenessNamingWhyOnceTheServiceStoppedWorking() throws Exception {
    liveness.set(Liveness.dead("Kafka Streams is ERROR"));

    HttpResponse<String> livez = get("/livez");

    assertThat(livez.statusCode()).isEqualTo(503);
    assertThat(livez.body()).isEqualTo("Kafka Streams is ERROR");
  }

  @Test
  void shouldAnswerLivenessWhileTheProcessAnswersWhenNoLivenessIsGiven() throws Exception {
    try (OperationsEndpoints readinessOnly = OperationsEndpoints.start(0, running::get, registry)) {
      assertThat(get(readinessOnly, "/livez").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void shouldBeReadyOnlyWhileTheServiceSaysSo() throws Exception {
    HttpResponse<String> notReady = get("/readyz");
    running.set(true);
    HttpResponse<String> ready = get("/readyz");

    assertThat(notReady.statusCode()).isEqualTo(503);
    assertThat(notReady.body()).isEqualTo("not ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).isEqualTo("ready");
  }

  @Test
  void shouldExposeTheRegistrysMetersInPrometheusText() throws Exception {
    registry.counter("responder_test_events").increment();

    HttpResponse<String> metrics = get("/metrics");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(metrics.body()).contains("responder_test_events_total 1.0");
  }

  @Test
  void shouldAnswerOnlyTheExactPaths() throws Exception {
    assertThat(get("/livez-anything").statusCode()).isEqualTo(404);
    assertThat(get("/readyz/deep").statusCode()).isEqualTo(404);
    assertThat(get("/").statusCode()).isEqualTo(404);
  }

  @Test
  void shouldServeOnTheGivenHostAndNameItInItsUri() throws Exception {
    try (OperationsEndpoints onLoopback =
        OperationsEndpoints.start("127.0.0.1", 0, liveness::get, running::get, registry)) {
      URI livez = onLoopback.uri().resolve("/livez");

      HttpResponse<String> answer =
          http.send(HttpRequest.newBuilder(livez).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(onLoopback.uri()).isEqualTo(URI.create("http://127.0.0.1:" + onLoopback.port()));
      assertThat(answer.statusCode()).isEqualTo(200);
    }
  }
}
