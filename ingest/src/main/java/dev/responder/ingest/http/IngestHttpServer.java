package dev.responder.ingest.http;

import dev.responder.ingest.payload.PayloadParser;
import dev.responder.ingest.publish.Readiness;
import dev.responder.runtime.http.Liveness;
import dev.responder.runtime.http.OperationsEndpoints;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service's HTTP server. On stop it first refuses new requests, then lets requests in
 * flight finish (their Kafka acknowledgements included) for up to the stop timeout.
 */
public final class IngestHttpServer implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(IngestHttpServer.class);

  private final Server server;
  private final ServerConnector connector;

  private IngestHttpServer(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /** The routes of the service, wired to the given collaborators. */
  public record Routes(
      PayloadParser alertmanager,
      PayloadParser events,
      ReceiverSettings receivers,
      Readiness readiness,
      PrometheusMeterRegistry registry) {}

  /** Binds {@code host:port} (port 0 picks a free one) and starts serving. */
  public static IngestHttpServer start(String host, int port, Routes routes, Duration stopTimeout)
      throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    PathMappingsHandler paths = new PathMappingsHandler();
    add(
        paths,
        "/v1/alertmanager",
        new ReceiveHandler("alertmanager", routes.alertmanager(), routes.receivers()));
    add(paths, "/v1/events", new ReceiveHandler("events", routes.events(), routes.receivers()));
    // Kafka being down is not fixed by a restart: alive while the process answers, ready while
    // Kafka is reachable, so a load balancer sends alerts where they can land.
    Handler operations =
        OperationsEndpoints.routes(
            () -> Liveness.ALIVE, routes.readiness()::isReady, routes.registry());
    server.setHandler(new GracefulHandler(new Handler.Sequence(paths, operations)));
    server.setStopTimeout(stopTimeout.toMillis());
    server.start();
    return new IngestHttpServer(server, connector);
  }

  private static void add(PathMappingsHandler paths, String path, Handler handler) {
    paths.addMapping(PathSpec.from(path), handler);
  }

  /** The base URI actually bound, e.g. {@code http://127.0.0.1:41234}. */
  public URI uri() {
    String host = connector.getHost() == null ? "localhost" : connector.getHost();
    return URI.create("http://" + host + ":" + connector.getLocalPort());
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (TimeoutException e) {
      // Jetty stops anyway once the graceful wait is over; what remained open were connections
      // kept alive by clients, closed now. Requests in flight had their own bound (stop timeout).
      LOGGER.info("connections still open after the stop timeout were closed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("the HTTP server did not stop cleanly", e);
    }
  }
}
