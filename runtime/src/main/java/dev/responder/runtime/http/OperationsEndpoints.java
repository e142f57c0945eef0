package dev.responder.runtime.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The endpoints every Responder service has, on Jetty: {@code GET /livez} (200 while the service
 * does its work, 503 naming why once it cannot; see {@link Liveness}), {@code GET /readyz} (200
 * only while the service should be sent work) and {@code GET /metrics} (Prometheus text). Paths
 * match exactly; anything else is 404. A service with its own Jetty server mounts {@link #routes}.
 */
public final class OperationsEndpoints implements AutoCloseable {

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private static final String PLAIN_TEXT = "text/plain; charset=utf-8";

  private final Server server;
  private final ServerConnector connector;

  private OperationsEndpoints(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Starts the endpoints on {@code port} (0 picks a free one) for a process that is alive as long
   * as it answers.
   */
  public static OperationsEndpoints start(
      int port, BooleanSupplier ready, PrometheusMeterRegistry registry) {
    return start(port, () -> Liveness.ALIVE, ready, registry);
  }

  /**
   * Starts the endpoints on {@code port} (0 picks a free one) of every interface; {@code /livez}
   * answers what {@code liveness} says.
   */
  public static OperationsEndpoints start(
      int port,
      Supplier<Liveness> liveness,
      BooleanSupplier ready,
      PrometheusMeterRegistry registry) {
    return start(null, port, liveness, ready, registry);
  }

  /**
   * Starts the endpoints on {@code host:port} ({@code host} null: every interface; port 0 picks a
   * free one); {@code /livez} answers what {@code liveness} says.
   */
  public static OperationsEndpoints start(
      String host,
      int port,
      Supplier<Liveness> liveness,
      BooleanSupplier ready,
      PrometheusMeterRegistry registry) {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(routes(liveness, ready, registry));
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot serve /livez, /readyz, /metrics on port " + port, e);
    }
    return new OperationsEndpoints(server, connector);
  }

  /**
   * The three routes as a Jetty handler, for a service that serves them on its own server: it
   * handles {@code /livez}, {@code /readyz} and {@code /metrics} and declines every other path.
   */
  public static Handler routes(
      Supplier<Liveness> liveness, BooleanSupplier ready, PrometheusMeterRegistry registry) {
    return new Routes(liveness, ready, registry);
  }

  /** The port the endpoints listen on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** The base URI actually bound, e.g. {@code http://127.0.0.1:41234}. */
  public URI uri() {
    String host = connector.getHost() == null ? "localhost" : connector.getHost();
    return URI.create("http://" + host + ":" + port());
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the operations endpoints", e);
    }
  }

  /** The three GET routes; any other path is declined (404 when nothing else handles it). */
  private static final class Routes extends Handler.Abstract {

    private final Supplier<Liveness> liveness;
    private final BooleanSupplier ready;
    private final PrometheusMeterRegistry registry;

    Routes(Supplier<Liveness> liveness, BooleanSupplier ready, PrometheusMeterRegistry registry) {
      this.liveness = Objects.requireNonNull(liveness, "liveness");
      this.ready = Objects.requireNonNull(ready, "ready");
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      switch (Request.getPathInContext(request)) {
        case "/livez" -> {
          Liveness answer = liveness.get();
          answer(response, answer.alive() ? 200 : 503, PLAIN_TEXT, answer.detail(), callback);
        }
        case "/readyz" -> {
          boolean isReady = ready.getAsBoolean();
          answer(
              response, isReady ? 200 : 503, PLAIN_TEXT, isReady ? "ready" : "not ready", callback);
        }
        case "/metrics" -> answer(response, 200, PROMETHEUS_TEXT, registry.scrape(), callback);
        default -> {
          return false;
        }
      }
      return true;
    }

    private static void answer(
        Response response, int status, String type, String body, Callback callback) {
      response.setStatus(status);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
      Content.Sink.write(response, true, body, callback);
    }
  }
}
