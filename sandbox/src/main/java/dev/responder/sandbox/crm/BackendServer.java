package dev.responder.sandbox.crm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The simulated {@code crm-backend}'s HTTP API on loopback: {@code GET /health} answers 200 while
 * the backend is healthy and 503 while it is broken or has no ready pod, and each failed request
 * leaves an error line in a backend pod's log, as the real API does. Uses the JDK's HTTP server:
 * one endpoint needs no framework.
 */
final class BackendServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads;
  private final PlatformState state;
  private final PodLogBook logs;

  private BackendServer(HttpServer server, PlatformState state, PodLogBook logs) {
    this.server = server;
    this.state = state;
    this.logs = logs;
    this.threads = Executors.newFixedThreadPool(2, BackendServer::daemon);
    server.setExecutor(threads);
    server.createContext("/health", this::health);
    server.start();
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "crm-simulator-backend");
    thread.setDaemon(true);
    return thread;
  }

  static BackendServer start(PlatformState state, PodLogBook logs) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      return new BackendServer(server, state, logs);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the simulated CRM backend", e);
    }
  }

  /** {@code http://127.0.0.1:PORT/health}. */
  URI healthUrl() {
    return URI.create(
        "http://"
            + server.getAddress().getHostString()
            + ":"
            + server.getAddress().getPort()
            + "/health");
  }

  private void health(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())
          && !"HEAD".equals(exchange.getRequestMethod())) {
        answer(exchange, 405, "{\"status\":\"METHOD_NOT_ALLOWED\"}");
        return;
      }
      List<String> pods = state.readyPods(PlatformState.BACKEND);
      if (state.backendHealthy()) {
        answer(exchange, 200, "{\"status\":\"UP\",\"pods\":" + pods.size() + "}");
        return;
      }
      String reason = pods.isEmpty() ? "no ready crm-backend pod" : "database pool exhausted";
      if (!pods.isEmpty()) {
        logs.error(
            pods.get(0),
            "GET /health 503: " + reason + " (timeout acquiring a connection after 30000 ms)");
      }
      answer(exchange, 503, "{\"status\":\"DOWN\",\"reason\":\"" + reason + "\"}");
    }
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
