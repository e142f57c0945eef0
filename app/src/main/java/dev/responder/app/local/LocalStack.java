package dev.responder.app.local;

import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Sandbox;
import dev.responder.sandbox.crm.CrmSimulator;
import dev.responder.sandbox.crm.SimulatorSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline on loopback: the sandbox's Kafka, PostgreSQL, Redis and Kubernetes API, the
 * CRM simulator, then each {@link LocalService} in order; it publishes the endpoints under {@code
 * .responder/local/}. {@link #close()} stops services in reverse order, then the simulator, then
 * the infrastructure, and removes what it published. The same stop runs if the JVM exits first.
 */
public final class LocalStack implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(LocalStack.class);

  private final Sandbox sandbox;
  private final LocalDirectory directory;
  private final Deque<AutoCloseable> running = new ArrayDeque<>();
  private final List<LocalService> services = new ArrayList<>();
  private CrmSimulator simulator;
  private Endpoints endpoints;
  private List<String> catalogChanges = List.of();
  private Progress progress = Progress.NONE;

  private LocalStack(Sandbox sandbox, LocalDirectory directory) {
    this.sandbox = sandbox;
    this.directory = directory;
  }

  /**
   * Starts everything with every local service; on a failure, stops what started and rethrows.
   *
   * @param directory where to publish; the caller holds its lock
   */
  public static LocalStack start(LocalOptions options, LocalDirectory directory) throws Exception {
    return start(options, directory, LocalServices.ALL);
  }

  /** As {@link #start(LocalOptions, LocalDirectory)}, telling {@code progress} as parts come up. */
  public static LocalStack start(LocalOptions options, LocalDirectory directory, Progress progress)
      throws Exception {
    return start(options, directory, LocalServices.ALL, progress);
  }

  /**
   * Starts everything; on a failure, stops what started and rethrows.
   *
   * @param directory where to publish; the caller holds its lock
   */
  static LocalStack start(
      LocalOptions options, LocalDirectory directory, List<LocalService.Starter> starters)
      throws Exception {
    return start(options, directory, starters, Progress.NONE);
  }

  /**
   * Starts everything, telling {@code progress} as each part is up; on a failure, stops what
   * started and rethrows.
   */
  static LocalStack start(
      LocalOptions options,
      LocalDirectory directory,
      List<LocalService.Starter> starters,
      Progress progress)
      throws Exception {
    Sandbox sandbox = Sandbox.shared();
    LocalStack stack = new LocalStack(sandbox, directory);
    stack.progress = progress;
    sandbox.beforeClose(stack::stopServicesAndSimulator);
    try {
      stack.startAll(options, starters);
      return stack;
    } catch (Exception | Error e) {
      stack.close();
      throw e;
    }
  }

  private void startAll(LocalOptions options, List<LocalService.Starter> starters)
      throws Exception {
    timed("Kafka broker", () -> sandbox.kafka().bootstrapServers());
    timed("PostgreSQL", () -> sandbox.postgres().jdbcUrl());
    Postgres postgres = sandbox.postgres();
    timed("Redis", () -> sandbox.redis().uri());
    timed("Kubernetes API", () -> sandbox.kubernetes().url());
    timed(
        "CRM simulator",
        () -> {
          simulator =
              CrmSimulator.start(
                  sandbox.kubernetes(),
                  postgres,
                  sandbox.redis(),
                  SimulatorSettings.fromMap(System.getenv()),
                  Clock.systemUTC());
          running.push(simulator);
          return simulator.controlUrl().toString();
        });
    LocalCatalog.Derived catalog =
        LocalCatalog.derive(
            Files.readString(options.catalog(), StandardCharsets.UTF_8),
            options.catalog().toString(),
            simulator.backendHealthUrl(),
            options.timings());
    catalogChanges = catalog.changes();
    directory.writeCatalog(catalog.yaml());
    LocalContext context =
        new LocalContext(
            sandbox.kafka(),
            postgres,
            sandbox.redis(),
            sandbox.kubernetes(),
            simulator,
            directory.catalogFile(),
            newToken(),
            newToken(),
            options.ingestPort(),
            options.root());
    for (LocalService.Starter starter : starters) {
      long began = System.nanoTime();
      LocalService service = starter.start(context);
      running.push(service);
      services.add(service);
      LOGGER.info(
          "local: {} started{}", service.name(), service.uri().map(u -> " at " + u).orElse(""));
      progress.started(
          service.name(),
          service.uri().map(Object::toString).orElse(""),
          Duration.ofNanos(System.nanoTime() - began));
    }
    if (starters == LocalServices.ALL) {
      // The whole stack (not a test's subset) has the console, last: it calls the operator API.
      long began = System.nanoTime();
      LocalService console =
          LocalConsole.start(
              context,
              services.stream()
                  .filter(service -> service.name().equals("operator"))
                  .flatMap(service -> service.uri().stream())
                  .findFirst()
                  .orElse(LocalConsole.NO_OPERATOR_API));
      running.push(console);
      services.add(console);
      LOGGER.info("local: web console started at {}", console.uri().orElseThrow());
      progress.started(
          "web console",
          console.uri().map(u -> u + "/console, status page " + u + "/status").orElse(""),
          Duration.ofNanos(System.nanoTime() - began));
    }
    endpoints = endpoints(context);
    directory.publish(endpoints, simulator.controlUrl());
  }

  private void timed(String what, Callable<String> start) throws Exception {
    long began = System.nanoTime();
    String where = start.call();
    progress.started(what, where, Duration.ofNanos(System.nanoTime() - began));
  }

  /** Told as each part of the stack is up: what, where, and how long it took to start. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (what, where, took) -> {};

    void started(String what, String where, Duration took);
  }

  private Endpoints endpoints(LocalContext context) {
    Postgres postgres = context.postgres();
    String jdbc =
        postgres.jdbcUrl()
            + (postgres.jdbcUrl().contains("?") ? "&" : "?")
            + "user="
            + postgres.user()
            + "&password="
            + postgres.password();
    return new Endpoints(
        serviceUri("ingest"),
        context.ingestToken(),
        context.eventsToken(),
        consoleUri(),
        services.stream().anyMatch(s -> s.name().equals("web")) ? serviceUri("web") : null,
        context.kafka().bootstrapServers(),
        jdbc,
        context.redis().uri(),
        context.kubernetes().url(),
        ProcessHandle.current().pid());
  }

  /** The console's URL: the web console when local mode runs one, else the operator API. */
  private String consoleUri() {
    for (String name : List.of("console", "operator")) {
      if (services.stream().anyMatch(s -> s.name().equals(name))) {
        return serviceUri(name);
      }
    }
    return null;
  }

  private String serviceUri(String name) {
    return services.stream()
        .filter(service -> service.name().equals(name))
        .flatMap(service -> service.uri().stream())
        .map(Object::toString)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("local mode runs no " + name));
  }

  /** A 256-bit random bearer token, URL-safe, new for every start. */
  private static String newToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public Endpoints endpoints() {
    return endpoints;
  }

  /** The waits the derived catalog shortened, one line each (empty when run as written). */
  public List<String> catalogChanges() {
    return catalogChanges;
  }

  /** The running services, in start order. */
  public List<LocalService> services() {
    return List.copyOf(services);
  }

  /** The simulator, for the demo to break the platform and to read its state. */
  public CrmSimulator simulator() {
    return simulator;
  }

  private synchronized void stopServicesAndSimulator() {
    while (!running.isEmpty()) {
      AutoCloseable part = running.pop();
      try {
        part.close();
      } catch (Exception e) {
        LOGGER.warn("local: could not stop {}: {}", part, e.toString());
      }
    }
  }

  /** Stops everything and removes the published files; idempotent. */
  @Override
  public void close() throws IOException {
    // Not synchronized as a whole: the sandbox's own exit hook may hold its lock and call back into
    // stopServicesAndSimulator(); taking the two locks in opposite orders would deadlock.
    stopServicesAndSimulator();
    sandbox.close();
    directory.unpublish();
    LOGGER.info("local: stopped");
  }
}
