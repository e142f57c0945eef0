package dev.responder.sandbox.crm;

import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import dev.responder.sandbox.kubernetes.CrmNamespace;
import dev.responder.sandbox.kubernetes.PodLogSource;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CRM platform, simulated on the sandbox's real infrastructure so the runbook's actions have
 * real effects: pods follow their Deployments, a worker drains {@code crm-events}, a backend
 * answers {@code /health}, a chat webhook keeps notifications, rows and idle database sessions
 * change. The fault hooks break each part the way the runbook's symptoms describe; only the
 * remediation the runbook prescribes heals it. Start one per sandbox; {@link #close()} stops it and
 * leaves the infrastructure running.
 */
public final class CrmSimulator implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(CrmSimulator.class);

  private final KubernetesApi kubernetes;
  private final PlatformState state;
  private final DeploymentController controller;
  private final PlatformHttpServer backend;
  private final NotificationInbox inbox;
  private final WorkerQueue queue;
  private final CrmRecords records;
  private final IdleSessions sessions;
  private final SimulatorLoop loop;
  private final PodLogBook logs;
  private final Clock clock;

  private CrmSimulator(Parts parts) {
    this.kubernetes = parts.kubernetes;
    this.state = parts.state;
    this.controller = parts.controller;
    this.backend = parts.backend;
    this.inbox = parts.inbox;
    this.queue = parts.queue;
    this.records = parts.records;
    this.sessions = parts.sessions;
    this.loop = parts.loop;
    this.logs = parts.logs;
    this.clock = parts.clock;
  }

  /** What {@link #start} builds, closed in reverse if a later part fails to start. */
  private static final class Parts {
    KubernetesApi kubernetes;
    PlatformState state;
    DeploymentController controller;
    PlatformHttpServer backend;
    NotificationInbox inbox;
    WorkerQueue queue;
    CrmRecords records;
    IdleSessions sessions;
    SimulatorLoop loop;
    PodLogBook logs;
    Clock clock;
  }

  /** Starts the simulator on the sandbox's components; the pods that exist are adopted. */
  public static CrmSimulator start(
      KubernetesApi kubernetes,
      Postgres postgres,
      Redis redis,
      SimulatorSettings settings,
      Clock clock) {
    Parts parts = new Parts();
    parts.kubernetes = kubernetes;
    parts.state = new PlatformState();
    PodLogBook logs = new PodLogBook(clock, settings.logLinesPerPod());
    parts.logs = logs;
    parts.clock = clock;
    parts.sessions = new IdleSessions(postgres.dataSource());
    parts.records = new CrmRecords(postgres.dataSource(), clock);
    try {
      kubernetes.serveLogsFrom(logs);
      parts.controller =
          new DeploymentController(
              kubernetes.client(),
              CrmNamespace.NAMESPACE,
              clock,
              new ClusterObjects(new Random(settings.seed())),
              new Restarts(parts.state, parts.sessions, logs),
              logs);
      parts.controller.start();
      parts.inbox = new NotificationInbox(clock);
      parts.backend = PlatformHttpServer.start(parts.state, logs, parts.inbox);
      parts.queue = WorkerQueue.connect(redis.uri());
      QueueWorker worker =
          new QueueWorker(parts.queue.commands(), parts.state, logs, clock, settings.workerRate());
      parts.loop = SimulatorLoop.start(settings.tick(), worker, parts.records, parts.state);
    } catch (Exception e) {
      new CrmSimulator(parts).close();
      throw new IllegalStateException("could not start the CRM simulator: " + e.getMessage(), e);
    }
    CrmSimulator simulator = new CrmSimulator(parts);
    FaultEndpoints endpoints = new FaultEndpoints(simulator);
    parts.backend.serve(FaultEndpoints.FAULTS, endpoints::fault);
    parts.backend.serve(FaultEndpoints.STATE, endpoints::state);
    LOGGER.info("CRM simulator running at {}", parts.backend.baseUrl());
    return simulator;
  }

  /** The simulated backend's health endpoint, {@code http://127.0.0.1:PORT/health}. */
  public URI backendHealthUrl() {
    return backend.healthUrl();
  }

  /**
   * The simulator's own base URL: {@code POST /faults/NAME?count=N} breaks the platform as the
   * methods below do ({@code break-backend}, {@code stall-worker}, {@code flood-queue}, {@code
   * exhaust-connections}, {@code fail-social-posts} with {@code cause}, {@code expire-tokens},
   * {@code fail-sync-events}) and {@code GET /state} answers the {@link #snapshot()} as JSON.
   */
  public URI controlUrl() {
    return backend.baseUrl();
  }

  /** The chat webhook notifications go to, {@code http://127.0.0.1:PORT/hooks/notify}. */
  public URI notifyWebhookUrl() {
    return backend.notifyUrl();
  }

  /** Every message posted to {@link #notifyWebhookUrl()}, oldest first (the newest 1000). */
  public List<ReceivedNotification> notifications() {
    return inbox.received();
  }

  /** API Unresponsive: {@code /health} answers 503 until {@code crm-backend} is restarted. */
  public void breakBackend() {
    state.breakBackend();
    // One of the backend's pods crash-loops too, as an overloaded backend's do: what Assess's
    // pod check and the backend's logs show a person (not all of them: that would be a P1).
    state.readyPods(PlatformState.BACKEND).stream()
        .findFirst()
        .ifPresent(
            pod ->
                PodTrouble.crashLoop(
                    kubernetes.client(), CrmNamespace.NAMESPACE, pod, logs, clock.instant()));
    LOGGER.info("fault: crm-backend broken until restarted");
  }

  /**
   * Worker Queue Stuck: the worker takes nothing off the queue until {@code crm-worker} restarts.
   */
  public void stallWorker() {
    state.stallWorker();
    LOGGER.info("fault: crm-worker stuck until restarted");
  }

  /** Event Processing Lag: pushes {@code events} events onto {@code crm-events}. */
  public void floodQueue(int events) {
    queue.push(positive(events, "events"));
    LOGGER.info("fault: {} events pushed onto {}", events, QueueWorker.QUEUE);
  }

  /** Database Connection Exhausted: the backend pool leaks {@code sessions} idle sessions. */
  public void exhaustConnections(int sessions) {
    run(() -> this.sessions.open(positive(sessions, "sessions")), "opening idle sessions");
    LOGGER.info("fault: {} idle sessions held open as {}", sessions, IdleSessions.APPLICATION_NAME);
  }

  /** Social Publishing Failed: {@code posts} posts failed for {@code cause}. */
  public void failSocialPosts(PostFailure cause, int posts) {
    run(() -> records.failSocialPosts(cause, positive(posts, "posts")), "failing social posts");
    LOGGER.info("fault: {} social posts failed with {}", posts, cause);
  }

  /** Social Publishing Failed: {@code connections} social accounts whose token expired. */
  public void expireTokens(int connections) {
    run(() -> records.expireTokens(positive(connections, "connections")), "expiring tokens");
    LOGGER.info("fault: {} social connections with an expired token", connections);
  }

  /** Event Processing Lag: {@code events} sync events failed. */
  public void failSyncEvents(int events) {
    run(() -> records.failSyncEvents(positive(events, "events")), "failing sync events");
    LOGGER.info("fault: {} sync events failed", events);
  }

  /** The platform now; reads Redis and PostgreSQL (and pings each held session). */
  public PlatformSnapshot snapshot() {
    RecordCounts counts = call(records::counts, "counting CRM rows");
    return new PlatformSnapshot(
        state.backendHealthy(),
        state.workerStuck(),
        Map.of(
            PlatformState.BACKEND, state.readyPods(PlatformState.BACKEND),
            PlatformState.WORKER, state.readyPods(PlatformState.WORKER)),
        queue.depth(),
        loop.processedEvents(),
        call(sessions::alive, "counting held sessions"),
        counts);
  }

  private static int positive(int count, String what) {
    if (count < 1) {
      throw new IllegalArgumentException(what + " must be at least 1, was " + count);
    }
    return count;
  }

  private interface SqlAction {
    void run() throws SQLException;
  }

  private interface SqlQuery<T> {
    T get() throws SQLException;
  }

  private static void run(SqlAction action, String what) {
    call(
        () -> {
          action.run();
          return null;
        },
        what);
  }

  private static <T> T call(SqlQuery<T> query, String what) {
    try {
      return query.get();
    } catch (SQLException e) {
      throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
    }
  }

  /** Stops the simulator's threads, server and sessions; idempotent. */
  @Override
  public synchronized void close() {
    closeQuietly(loop);
    closeQuietly(controller);
    closeQuietly(backend);
    closeQuietly(sessions);
    closeQuietly(queue);
    if (kubernetes != null) {
      kubernetes.serveLogsFrom(PodLogSource.EMPTY);
    }
  }

  private static void closeQuietly(AutoCloseable part) {
    if (part == null) {
      return;
    }
    try {
      part.close();
    } catch (Exception e) {
      LOGGER.warn("could not stop {}: {}", part.getClass().getSimpleName(), e.getMessage());
    }
  }

  /** What a rollout heals: the state's faults, and the backend pool's leaked sessions. */
  private record Restarts(PlatformState state, IdleSessions sessions, PodLogBook logs)
      implements DeploymentController.PodsListener {
    @Override
    public void podsChanged(String deployment, List<String> readyPods, boolean rolledOut) {
      state.podsChanged(deployment, readyPods, rolledOut);
      if (rolledOut && PlatformState.BACKEND.equals(deployment)) {
        sessions.close();
      }
      if (rolledOut) {
        readyPods.forEach(pod -> logs.info(pod, "started " + deployment));
      }
    }
  }
}
