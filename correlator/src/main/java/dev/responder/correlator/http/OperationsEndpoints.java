package dev.responder.correlator.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
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
 * {@code GET /livez} (200 while the service does its work, 503 naming why once it cannot; see
 * {@link Liveness}), {@code GET /readyz} (200 only while Kafka Streams is RUNNING, so a rebalancing
 * or restoring instance is not sent traffic) and {@code GET /metrics} (Prometheus text, Streams
 * metrics included), on Jetty as ingest serves its own.
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
   * Starts the endpoints on {@code port} (0 picks a free one); {@code /livez} answers what {@code
   * liveness} says.
   */
  public static OperationsEndpoints start(
      int port,
      Supplier<Liveness> liveness,
      BooleanSupplier ready,
      PrometheusMeterRegistry registry) {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new Routes(liveness, ready, registry));
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot serve /livez, /readyz, /metrics on port " + port, e);
    }
    return new OperationsEndpoints(server, connector);
  }

  /** The port the endpoints listen on. */
  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the operations endpoints", e);
    }
  }

  /** The three GET routes; anything else is 404. */
  private static final class Routes extends Handler.Abstract {

    private final Supplier<Liveness> liveness;
    private final BooleanSupplier ready;
    private final PrometheusMeterRegistry registry;

    Routes(Supplier<Liveness> liveness, BooleanSupplier ready, PrometheusMeterRegistry registry) {
      this.liveness = liveness;
      this.ready = ready;
      this.registry = registry;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      switch (Request.getPathInContext(request)) {
        case "/livez" -> {
          Liveness answer = liveness.get();
          answer(response, answer.alive() ? 200 : 503, PLAIN_TEXT, answer.detail(), callback);
        }
        case "/readyz" -> {
          boolean running = ready.getAsBoolean();
          answer(
              response,
              running ? 200 : 503,
              PLAIN_TEXT,
              running ? "ready" : "not running",
              callback);
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
