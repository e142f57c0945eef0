package dev.responder.sandbox.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The simulator's fault hooks and state over HTTP, so {@code responder demo} (or a curious user)
 * can break and inspect a simulator running in another process: {@code POST /faults/NAME?count=N}
 * and {@code GET /state}. Loopback only and unauthenticated, like the rest of the simulator: it is
 * a test double of a platform, not a service to expose.
 */
final class FaultEndpoints {

  /** The path prefix of the fault hooks. */
  static final String FAULTS = "/faults/";

  /** The path of the state document. */
  static final String STATE = "/state";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, BiConsumer<CrmSimulator, Query>> HOOKS =
      Map.of(
          "break-backend", (simulator, query) -> simulator.breakBackend(),
          "stall-worker", (simulator, query) -> simulator.stallWorker(),
          "flood-queue", (simulator, query) -> simulator.floodQueue(query.count()),
          "exhaust-connections", (simulator, query) -> simulator.exhaustConnections(query.count()),
          "fail-social-posts",
              (simulator, query) -> simulator.failSocialPosts(query.cause(), query.count()),
          "expire-tokens", (simulator, query) -> simulator.expireTokens(query.count()),
          "fail-sync-events", (simulator, query) -> simulator.failSyncEvents(query.count()));

  private final CrmSimulator simulator;

  FaultEndpoints(CrmSimulator simulator) {
    this.simulator = simulator;
  }

  void fault(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        answer(exchange, 405, Map.of("error", "use POST"));
        return;
      }
      String name = exchange.getRequestURI().getPath().substring(FAULTS.length());
      BiConsumer<CrmSimulator, Query> hook = HOOKS.get(name);
      if (hook == null) {
        answer(exchange, 404, Map.of("error", "no fault '" + name + "'; known: " + HOOKS.keySet()));
        return;
      }
      try {
        hook.accept(simulator, Query.parse(exchange.getRequestURI().getRawQuery()));
      } catch (IllegalArgumentException e) {
        answer(exchange, 400, Map.of("error", e.getMessage()));
        return;
      } catch (IllegalStateException e) {
        answer(exchange, 500, Map.of("error", e.getMessage()));
        return;
      }
      answer(exchange, 200, Map.of("fault", name));
    }
  }

  void state(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())) {
        answer(exchange, 405, Map.of("error", "use GET"));
        return;
      }
      try {
        answer(exchange, 200, simulator.snapshot());
      } catch (IllegalStateException e) {
        answer(exchange, 500, Map.of("error", e.getMessage()));
      }
    }
  }

  private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
    try {
      PlatformHttpServer.answer(exchange, status, JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IOException("could not write the simulator's answer", e);
    }
  }

  /** The query parameters a fault takes: {@code count} and, for posts, {@code cause}. */
  private record Query(Map<String, String> values) {

    static Query parse(String raw) {
      Map<String, String> values = new HashMap<>();
      if (raw != null && !raw.isEmpty()) {
        for (String pair : raw.split("&")) {
          int equals = pair.indexOf('=');
          String key = equals < 0 ? pair : pair.substring(0, equals);
          String value = equals < 0 ? "" : pair.substring(equals + 1);
          values.put(
              URLDecoder.decode(key, StandardCharsets.UTF_8),
              URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
      }
      return new Query(values);
    }

    int count() {
      String count = values.get("count");
      if (count == null) {
        throw new IllegalArgumentException("the query parameter 'count' is required");
      }
      try {
        return Integer.parseInt(count);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("count must be a whole number, was '" + count + "'");
      }
    }

    PostFailure cause() {
      String cause = values.getOrDefault("cause", "");
      try {
        return PostFailure.valueOf(cause.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "cause must be token-expired, rate-limited or content-rejected, was '" + cause + "'");
      }
    }
  }
}
