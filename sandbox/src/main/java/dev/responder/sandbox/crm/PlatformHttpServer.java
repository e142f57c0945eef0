package dev.responder.sandbox.crm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
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
 * The simulated platform's HTTP endpoints on loopback. {@code GET /health} is the {@code
 * crm-backend} API's: 200 while healthy, 503 while broken or without a ready pod, each failure
 * leaving an error line in a backend pod's log as the real API does. {@code POST /hooks/notify} is
 * the team chat's incoming webhook, kept in a {@link NotificationInbox}; the simulator adds its
 * {@link FaultEndpoints}. Uses the JDK's HTTP server: a few small endpoints need no framework.
 */
final class PlatformHttpServer implements AutoCloseable {

  private static final String NOTIFY_PATH = "/hooks/notify";

  private final HttpServer server;
  private final ExecutorService threads;
  private final PlatformState state;
  private final PodLogBook logs;

  private PlatformHttpServer(
      HttpServer server, PlatformState state, PodLogBook logs, NotificationInbox inbox) {
    this.server = server;
    this.state = state;
    this.logs = logs;
    this.threads = Executors.newFixedThreadPool(2, PlatformHttpServer::daemon);
    server.setExecutor(threads);
    server.createContext("/health", this::health);
    server.createContext(NOTIFY_PATH, inbox::receive);
    server.start();
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "crm-simulator-backend");
    thread.setDaemon(true);
    return thread;
  }

  static PlatformHttpServer start(PlatformState state, PodLogBook logs, NotificationInbox inbox) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      return new PlatformHttpServer(server, state, logs, inbox);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the simulated CRM backend", e);
    }
  }

  /** Serves {@code handler} under {@code path} (a prefix, as the JDK server matches contexts). */
  void serve(String path, HttpHandler handler) {
    server.createContext(path, handler);
  }

  /** {@code http://127.0.0.1:PORT}. */
  URI baseUrl() {
    return url("");
  }

  /** {@code http://127.0.0.1:PORT/health}. */
  URI healthUrl() {
    return url("/health");
  }

  /** {@code http://127.0.0.1:PORT/hooks/notify}. */
  URI notifyUrl() {
    return url(NOTIFY_PATH);
  }

  private URI url(String path) {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getHostString() + ":" + address.getPort() + path);
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

  static void answer(HttpExchange exchange, int status, String json) throws IOException {
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
