package dev.responder.correlator.http;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /livez} (the process answers), {@code GET /readyz} (200 only while Kafka Streams is
 * RUNNING, so a rebalancing or restoring instance is not sent traffic) and {@code GET /metrics}
 * (Prometheus text, Streams metrics included).
 */
public final class OperationsEndpoints implements AutoCloseable {

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final Javalin server;

  private OperationsEndpoints(Javalin server) {
    this.server = server;
  }

  /** Starts the endpoints on {@code port} (0 picks a free one). */
  public static OperationsEndpoints start(
      int port, BooleanSupplier ready, PrometheusMeterRegistry registry) {
    Javalin server =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.routes.get("/livez", ctx -> ctx.result("ok"));
              config.routes.get(
                  "/readyz",
                  ctx -> {
                    boolean running = ready.getAsBoolean();
                    ctx.status(running ? 200 : 503).result(running ? "ready" : "not running");
                  });
              config.routes.get(
                  "/metrics", ctx -> ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape()));
            });
    server.start("0.0.0.0", port);
    return new OperationsEndpoints(server);
  }

  /** The port the endpoints listen on. */
  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.stop();
  }
}
