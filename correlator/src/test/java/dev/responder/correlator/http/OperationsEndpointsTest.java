package dev.responder.correlator.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.domain.Disposition;
import dev.responder.correlator.topology.Dispositions;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
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
  void shouldBeReadyOnlyWhileStreamsIsRunning() throws Exception {
    assertThat(get("/readyz").statusCode()).isEqualTo(503);

    running.set(true);

    assertThat(get("/readyz").statusCode()).isEqualTo(200);
  }

  @Test
  void shouldExposeDispositionCountsInPrometheusText() throws Exception {
    new Dispositions(registry).record(Disposition.SILENCED, "fp", "silence s1", Optional.empty());

    HttpResponse<String> metrics = get("/metrics");

    assertThat(metrics.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(metrics.body())
        .contains("responder_correlator_alerts_total{disposition=\"silenced\"} 1.0");
  }
}
