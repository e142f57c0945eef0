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
 * status is a finding ({@code up=0}), which is what the runbook's conditions act on. A catalog URL
 * with an override is called at its override's address, and the evidence says so.
 */
public final class JdkHealthProbe implements HealthProbe {

  private final HttpClient client;
  private final HealthUrlOverrides overrides;

  public JdkHealthProbe(Duration connectTimeout, HealthUrlOverrides overrides) {
    this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    this.overrides = overrides;
  }

  @Override
  public Result health(String url, Duration timeout, int expectStatus) {
    long start = System.nanoTime();
    URI address = overrides.resolve(url);
    String shown = address.toString().equals(url) ? url : url + " (at " + address + ")";
    HttpRequest request = HttpRequest.newBuilder(address).timeout(timeout).GET().build();
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
                      + shown
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
                      + shown
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
