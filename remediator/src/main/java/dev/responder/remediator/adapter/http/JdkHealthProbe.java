package dev.responder.remediator.adapter.http;

import dev.responder.remediator.port.HealthProbe;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@link HealthProbe} with the JDK HTTP client. An endpoint that is down, slow or answers the wrong
 * status is a finding ({@code up=0}), which is what the runbook's conditions act on.
 */
public final class JdkHealthProbe implements HealthProbe {

  private final HttpClient client;

  public JdkHealthProbe(Duration connectTimeout) {
    this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
  }

  @Override
  public Result health(String url, Duration timeout, int expectStatus) {
    long start = System.nanoTime();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      double latency = (System.nanoTime() - start) / 1_000_000.0;
      boolean up = response.statusCode() == expectStatus;
      return Result.ok(
          Observation.of(
              Map.of(
                  "up",
                  up ? 1.0 : 0.0,
                  "status",
                  (double) response.statusCode(),
                  "latencyMs",
                  latency),
              List.of(
                  "GET "
                      + url
                      + " -> "
                      + response.statusCode()
                      + " in "
                      + Math.round(latency)
                      + " ms")));
    } catch (IOException e) {
      return Result.ok(
          Observation.of(
              Map.of("up", 0.0, "status", 0.0),
              List.of(
                  "GET "
                      + url
                      + " failed: "
                      + e.getClass().getSimpleName()
                      + " "
                      + e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.ok(Observation.of(Map.of("up", 0.0, "status", 0.0), List.of("interrupted")));
    }
  }
}
