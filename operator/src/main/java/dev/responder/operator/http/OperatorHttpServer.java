package dev.responder.operator.http;

import dev.responder.operator.auth.Users;
import dev.responder.operator.domain.CommandDesk;
import dev.responder.operator.domain.OnCallDesk;
import dev.responder.operator.domain.OperatorView;
import dev.responder.operator.domain.SilenceDesk;
import dev.responder.operator.kafka.CommandWriter;
import dev.responder.runtime.http.Liveness;
import dev.responder.runtime.http.OperationsEndpoints;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The operator API's HTTP server: the {@code /v1} routes and the shared {@code /livez}, {@code
 * /readyz} (ready once the view has caught up with Kafka) and {@code /metrics}. On stop it lets
 * requests in flight finish, their Kafka acknowledgements included.
 */
public final class OperatorHttpServer implements AutoCloseable {

  private final Server server;
  private final ServerConnector connector;

  private OperatorHttpServer(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /** What the routes are wired to. */
  public record Wiring(
      Users users,
      OperatorView view,
      CommandDesk incidents,
      SilenceDesk silences,
      OnCallDesk onCall,
      CommandWriter writer,
      BooleanSupplier ready,
      PrometheusMeterRegistry registry,
      Clock clock) {}

  /** Binds {@code host:port} (port 0 picks a free one) and starts serving. */
  public static OperatorHttpServer start(String host, int port, Wiring wiring, Duration stopTimeout)
      throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool(50, 4);
    threads.setName("operator-http");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    OperatorRoutes routes =
        new OperatorRoutes(
            wiring.view(), wiring.incidents(), wiring.silences(), wiring.onCall(), wiring.clock());
    Handler api =
        new ApiHandler(wiring.users(), routes, wiring.writer(), wiring.view(), wiring.registry());
    Handler operations =
        OperationsEndpoints.routes(() -> Liveness.ALIVE, wiring.ready(), wiring.registry());
    server.setHandler(new GracefulHandler(new Handler.Sequence(api, operations)));
    server.setStopTimeout(stopTimeout.toMillis());
    server.start();
    return new OperatorHttpServer(server, connector);
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
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("the operator API did not stop cleanly", e);
    }
  }
}
