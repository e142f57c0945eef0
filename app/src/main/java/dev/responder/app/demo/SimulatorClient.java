package dev.responder.app.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responder.sandbox.crm.PlatformSnapshot;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CRM simulator's fault hooks and state over HTTP ({@code POST /faults/NAME}, {@code GET
 * /state}), the same whether the simulator runs in this process or in a {@code responder local}
 * started elsewhere.
 */
final class SimulatorClient {

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  SimulatorClient(URI base) {
    this.base = base;
  }

  /** Applies one fault, e.g. {@code fault("flood-queue", Map.of("count", "250"))}. */
  void fault(String name, Map<String, String> parameters) {
    String query =
        parameters.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    URI uri = base.resolve("/faults/" + name + (query.isEmpty() ? "" : "?" + query));
    send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** The platform now. */
  PlatformSnapshot state() {
    String body = send(HttpRequest.newBuilder(base.resolve("/state")).GET());
    try {
      return JSON.readValue(body, PlatformSnapshot.class);
    } catch (IOException e) {
      throw new IllegalStateException("the simulator's state is not readable: " + body, e);
    }
  }

  private String send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "the simulator answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("the simulator at " + base + " did not answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling the simulator", e);
    }
  }
}
