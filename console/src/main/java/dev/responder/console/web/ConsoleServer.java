package dev.responder.console.web;

import dev.responder.console.history.HistoryStore;
import dev.responder.console.projection.AuditTopics;
import dev.responder.console.projection.Databases;
import dev.responder.console.projection.Projection;
import dev.responder.console.projection.ProjectionStatus;
import dev.responder.console.replay.Replay;
import dev.responder.console.status.StatusBoard;
import dev.responder.runtime.http.OperationsEndpoints;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's composition root: the public status page, the operator console, live updates and
 * {@code /livez}, {@code /readyz}, {@code /metrics} on one Jetty server. With {@code project} it
 * also keeps the projection current in a thread of its own (local mode, where no projection service
 * runs).
 */
public final class ConsoleServer implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(ConsoleServer.class);

  private final Server server;
  private final ServerConnector connector;
  private final LiveUpdates live;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final Optional<Thread> projector;

  private ConsoleServer(ConsoleConfig config, AuditTopics topics, Clock clock) {
    DataSource dataSource = dataSource(config);
    Catalog catalog = catalog(config);
    HistoryStore history = new HistoryStore(dataSource);
    Templates templates = new Templates();
    Sessions sessions = new Sessions(clock);
    Guard guard = new Guard(sessions);
    OperatorApi api = new OperatorApi(config.operatorApi());
    ProjectionStatus projection = new ProjectionStatus();
    this.live = new LiveUpdates(() -> projectedRecords(dataSource));
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Gauge.builder("responder_console_live_pages", live, LiveUpdates::listeners)
        .description("Pages listening for live updates")
        .register(registry);
    Router router = new Router();
    new StaticFiles().routes(router);
    live.routes(router);
    new StatusPages(templates, history, StatusBoard.of(catalog), clock, config.publicUrl())
        .routes(router);
    new LoginPages(templates, sessions, guard, api).routes(router);
    new IncidentPages(templates, history, guard, api, () -> catalog).routes(router);
    new ApprovalPages(templates, guard, api).routes(router);
    new SilencePages(templates, guard, api).routes(router);
    new ReplayPage(
            templates,
            guard,
            config.bootstrapServers().map(k -> new Replay(topics, k, config.kafkaSecurity())))
        .routes(router);
    this.server = new Server();
    this.connector = new ServerConnector(server);
    connector.setHost(config.host());
    connector.setPort(config.port());
    server.addConnector(connector);
    Handler operations =
        OperationsEndpoints.routes(
            () -> dev.responder.runtime.http.Liveness.ALIVE,
            () -> ready(dataSource, config.project(), projection),
            registry);
    server.setHandler(new Handler.Sequence(operations, router));
    this.projector =
        config.project()
            ? Optional.of(projectInBackground(dataSource, topics, config, projection))
            : Optional.empty();
  }

  /** Starts the console on the standard audit topics. */
  public static ConsoleServer start(ConsoleConfig config) {
    return start(config, AuditTopics.standard(), Clock.systemUTC());
  }

  /** Starts the console; the audit topics and the clock are the tests' to choose. */
  public static ConsoleServer start(ConsoleConfig config, AuditTopics topics, Clock clock) {
    ConsoleServer console = new ConsoleServer(config, topics, clock);
    try {
      console.server.start();
    } catch (Exception e) {
      console.close();
      throw new IllegalStateException("cannot serve the console on port " + config.port(), e);
    }
    LOGGER.info("console {} at {}", config, console.uri());
    return console;
  }

  /** The base URI actually bound, e.g. {@code http://127.0.0.1:41234}. */
  public URI uri() {
    String host = connector.getHost() == null ? "localhost" : connector.getHost();
    return URI.create("http://" + host + ":" + connector.getLocalPort());
  }

  private Thread projectInBackground(
      DataSource dataSource, AuditTopics topics, ConsoleConfig config, ProjectionStatus status) {
    Projection projection =
        new Projection(
            dataSource, topics, config.bootstrapServers().orElseThrow(), config.kafkaSecurity());
    Thread thread =
        new Thread(
            () -> {
              while (!stopping.get()) {
                try {
                  projection.follow(stopping::get, status);
                } catch (Exception e) {
                  LOGGER.warn(
                      "console: the projection stopped ({}); following again", e.toString());
                  sleepQuietly();
                }
              }
            },
            "console-projection");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private void sleepQuietly() {
    try {
      Thread.sleep(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping.set(true);
    }
  }

  private static boolean ready(DataSource dataSource, boolean project, ProjectionStatus status) {
    if (project && !status.following()) {
      return false;
    }
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      LOGGER.warn(
          "console not ready: the projection database does not answer ({})", e.getMessage());
      return false;
    }
  }

  /** How many records the projection has read in all: changes whenever it reads further. */
  private static long projectedRecords(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement select = connection.createStatement();
        ResultSet sum =
            select.executeQuery("SELECT coalesce(sum(next_offset), 0) FROM projection.positions")) {
      sum.next();
      return sum.getLong(1);
    } catch (SQLException e) {
      // Before the projection's first run its schema does not exist yet: nothing to show changed.
      return -1;
    }
  }

  private static Catalog catalog(ConsoleConfig config) {
    LoadResult result = CatalogLoader.load(config.catalog());
    if (result instanceof LoadResult.Loaded loaded) {
      return loaded.catalog();
    }
    throw new IllegalArgumentException(
        "the catalog "
            + config.catalog()
            + " does not load; './responder catalog check "
            + config.catalog()
            + "' shows why");
  }

  private static DataSource dataSource(ConsoleConfig config) {
    return Databases.fromUrl(config.jdbcUrl(), config.user(), config.password());
  }

  @Override
  public void close() {
    stopping.set(true);
    live.close();
    try {
      server.stop();
    } catch (Exception e) {
      LOGGER.warn("console: could not stop Jetty ({})", e.toString());
    }
    projector.ifPresent(
        thread -> {
          try {
            thread.join(10_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }
}
