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
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.KeyStoreScanner;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service's HTTP server, plain or HTTPS, inside the {@link ServerLimits} given. On stop
 * it first refuses new requests, then lets requests in flight finish (their Kafka acknowledgements
 * included) for up to the stop timeout.
 */
public final class IngestHttpServer implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(IngestHttpServer.class);

  /** The endpoint names, as in metrics and as the keys of the authenticator's credentials. */
  public static final String ALERTMANAGER = "alertmanager";

  public static final String EVENTS = "events";

  private final Server server;
  private final ServerConnector connector;
  private final ServerConnector operationsConnector;
  private final String scheme;

  private IngestHttpServer(
      Server server,
      ServerConnector connector,
      ServerConnector operationsConnector,
      String scheme) {
    this.server = server;
    this.connector = connector;
    this.operationsConnector = operationsConnector;
    this.scheme = scheme;
  }

  /**
   * Where and how to listen. {@code tls} null serves plain HTTP. {@code operationsPort}, when not
   * null, adds a plain-HTTP port serving only {@code /livez}, {@code /readyz} and {@code /metrics}
   * (for kubelet probes and Prometheus, which then need no certificate); the receivers are served
   * on {@code port} alone.
   */
  public record Listen(
      String host, int port, ServerLimits limits, TlsSettings tls, Integer operationsPort) {

    public static Listen plain(String host, int port) {
      return new Listen(host, port, ServerLimits.DEFAULTS, null, null);
    }
  }

  /** The routes of the service, wired to the given collaborators. */
  public record Routes(
      PayloadParser alertmanager,
      PayloadParser events,
      ReceiverSettings receivers,
      Readiness readiness,
      PrometheusMeterRegistry registry) {}

  /** Binds {@code host:port} (port 0 picks a free one) and starts serving. */
  public static IngestHttpServer start(Listen listen, Routes routes, Duration stopTimeout)
      throws Exception {
    ServerLimits limits = listen.limits();
    QueuedThreadPool threads = new QueuedThreadPool(limits.maxThreads(), 8);
    threads.setName("ingest-http");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector;
    if (listen.tls() == null) {
      connector = new ServerConnector(server, new HttpConnectionFactory(http));
    } else {
      SslContextFactory.Server tls = sslContextFactory(listen.tls());
      connector = new ServerConnector(server, tls, new HttpConnectionFactory(http));
      // cert-manager renews the certificate in the mounted Secret; reload it without a restart.
      server.addBean(new KeyStoreScanner(tls));
    }
    connector.setHost(listen.host());
    connector.setPort(listen.port());
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    server.addConnector(connector);
    ServerConnector operationsConnector = null;
    if (listen.operationsPort() != null) {
      operationsConnector = new ServerConnector(server, new HttpConnectionFactory(http));
      operationsConnector.setHost(listen.host());
      operationsConnector.setPort(listen.operationsPort());
      operationsConnector.setIdleTimeout(limits.idleTimeout().toMillis());
      server.addConnector(operationsConnector);
    }
    server.addBean(
        new NetworkConnectionLimit(
            limits.maxConnections(),
            operationsConnector == null
                ? new ServerConnector[] {connector}
                : new ServerConnector[] {connector, operationsConnector}));
    PathMappingsHandler paths = new PathMappingsHandler();
    add(
        paths,
        "/v1/alertmanager",
        new ReceiveHandler(ALERTMANAGER, routes.alertmanager(), routes.receivers()));
    add(paths, "/v1/events", new ReceiveHandler(EVENTS, routes.events(), routes.receivers()));
    // Kafka being down is not fixed by a restart: alive while the process answers, ready while
    // Kafka is reachable, so a load balancer sends alerts where they can land.
    Handler operations =
        OperationsEndpoints.routes(
            () -> Liveness.ALIVE, routes.readiness()::isReady, routes.registry());
    Handler receivers = paths;
    if (operationsConnector != null) {
      receivers = new OnConnector(connector, paths);
    }
    server.setHandler(new GracefulHandler(new Handler.Sequence(receivers, operations)));
    server.setStopTimeout(stopTimeout.toMillis());
    server.start();
    return new IngestHttpServer(
        server, connector, operationsConnector, listen.tls() == null ? "http" : "https");
  }

  private static SslContextFactory.Server sslContextFactory(TlsSettings settings) {
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStorePath(settings.keyStore().toString());
    tls.setKeyStorePassword(settings.password());
    tls.setKeyStoreType(settings.type());
    return tls;
  }

  /** Serves its handler only to requests that came in on one connector (404 elsewhere). */
  private static final class OnConnector extends Handler.Wrapper {
    private final ServerConnector only;

    OnConnector(ServerConnector only, Handler handler) {
      super(handler);
      this.only = only;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      return request.getConnectionMetaData().getConnector() == only
          && super.handle(request, response, callback);
    }
  }

  private static void add(PathMappingsHandler paths, String path, Handler handler) {
    paths.addMapping(PathSpec.from(path), handler);
  }

  /** The plain-HTTP operations port's base URI, when there is one. */
  public java.util.Optional<URI> operationsUri() {
    if (operationsConnector == null) {
      return java.util.Optional.empty();
    }
    String host =
        operationsConnector.getHost() == null ? "localhost" : operationsConnector.getHost();
    return java.util.Optional.of(
        URI.create("http://" + host + ":" + operationsConnector.getLocalPort()));
  }

  /** The base URI actually bound, e.g. {@code http://127.0.0.1:41234}. */
  public URI uri() {
    String host = connector.getHost() == null ? "localhost" : connector.getHost();
    return URI.create(scheme + "://" + host + ":" + connector.getLocalPort());
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
