package dev.responder.remediator.it;

import static dev.responder.remediator.adapter.kubernetes.Fabric8KubernetesCluster.ACTION_KEY_ANNOTATION;

import com.zaxxer.hikari.HikariDataSource;
import dev.responder.planning.CatalogPlanner;
import dev.responder.remediator.adapter.http.HealthUrlOverrides;
import dev.responder.remediator.adapter.http.JdkHealthProbe;
import dev.responder.remediator.adapter.http.SlackWebhookNotifier;
import dev.responder.remediator.adapter.kubernetes.Fabric8KubernetesCluster;
import dev.responder.remediator.adapter.postgres.LedgerMigrations;
import dev.responder.remediator.adapter.postgres.PostgresCrmDatabase;
import dev.responder.remediator.adapter.postgres.PostgresLedger;
import dev.responder.remediator.adapter.postgres.PostgresPools;
import dev.responder.remediator.adapter.redis.LettuceRedisQueues;
import dev.responder.remediator.crm.AccountOwnerNotices;
import dev.responder.remediator.engine.CallSettings;
import dev.responder.remediator.engine.EngineSettings;
import dev.responder.remediator.engine.FailurePoint;
import dev.responder.remediator.engine.Remediator;
import dev.responder.remediator.engine.Sleeper;
import dev.responder.remediator.engine.Systems;
import dev.responder.remediator.guard.RateBudget;
import dev.responder.remediator.guard.RetryPolicy;
import dev.responder.remediator.guard.Switches;
import dev.responder.remediator.plan.ShippedCatalog;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.serde.ResponderSerdes;
import dev.responder.schemas.topics.Topics;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The remediator wired to the sandbox's real PostgreSQL, Redis and Kubernetes API, a loopback
 * webhook and a clock the test moves. Outcomes are read from the outbox, where the engine's
 * decisions land in the same transaction as the ledger's.
 */
final class RemediatorFixture implements AutoCloseable {

  static final Duration APPROVAL_TTL = Duration.ofMinutes(30);
  static final Duration MAX_EVENT_AGE = Duration.ofHours(1);

  final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  final WebhookReceiver webhook = new WebhookReceiver();

  /** The CRM API: broken until crm-backend is restarted (its template carries an action key). */
  final HealthBackend api =
      new HealthBackend(
          () -> templateAnnotations("crm-backend").containsKey(ACTION_KEY_ANNOTATION));

  final AtomicReference<Switches> switches = new AtomicReference<>(Switches.LIVE);
  final KubernetesApi kubernetes;
  final CrmData crm;
  private final Postgres postgres;
  private final HikariDataSource pool;
  private final LettuceRedisQueues queues;
  private final List<Remediator> started = new ArrayList<>();
  final PostgresLedger ledger;

  RemediatorFixture(Postgres postgres, Redis redis, KubernetesApi kubernetes) {
    // Avro trusts the contract classes only once a serde is loaded; builders need that trust.
    ResponderSerdes.incidentEvent();
    this.postgres = postgres;
    this.kubernetes = kubernetes;
    this.pool =
        PostgresPools.create(
            "remediator-it",
            postgres.jdbcUrl(),
            postgres.user(),
            postgres.password(),
            4,
            Duration.ofSeconds(5));
    LedgerMigrations.migrate(pool);
    this.ledger = new PostgresLedger(pool);
    this.queues = new LettuceRedisQueues(redis.uri(), Duration.ofSeconds(2));
    this.crm = new CrmData(postgres);
    kubernetes.reset();
    crm.clear();
  }

  Remediator remediator() {
    return remediator(FailurePoint.NONE);
  }

  Remediator remediator(FailurePoint failurePoint) {
    var catalog = ShippedCatalog.load();
    var crmDatabase =
        new PostgresCrmDatabase(pool, "crm", Duration.ofSeconds(5), clock, catalog.crmSchema());
    Systems systems =
        new Systems(
            new Fabric8KubernetesCluster(kubernetes.client()),
            queues,
            crmDatabase,
            new JdkHealthProbe(
                Duration.ofSeconds(1),
                new HealthUrlOverrides(Map.of(HealthBackend.CATALOG_URL, api.uri()))),
            new AccountOwnerNotices(
                new SlackWebhookNotifier(webhook.uri(), Duration.ofSeconds(2)),
                crmDatabase,
                "crm",
                catalog.accountOwners()));
    EngineSettings settings =
        new EngineSettings(
            switches::get,
            new RateBudget(10, 50, Duration.ofHours(1)),
            APPROVAL_TTL,
            "slack:#crm-incidents",
            new CallSettings(
                Duration.ofSeconds(5),
                new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)),
                5,
                Duration.ofSeconds(30)),
            MAX_EVENT_AGE);
    Remediator remediator =
        new Remediator(
            new CatalogPlanner(catalog),
            ledger,
            systems,
            settings,
            clock,
            Sleeper.REAL,
            failurePoint);
    started.add(remediator);
    return remediator;
  }

  IncidentEvent opened(String incidentId, String runbook, Severity severity) {
    return IncidentEvents.event(
        incidentId, runbook, severity, IncidentEventType.OPENED, "opened", clock.instant());
  }

  /** Every outcome in the outbox, in the order decided. */
  List<RemediationOutcome> outcomes() {
    List<RemediationOutcome> outcomes = new ArrayList<>();
    for (byte[] payload : payloads(Topics.OUTCOMES.name())) {
      outcomes.add(
          Topics.OUTCOMES.values().deserializer().deserialize(Topics.OUTCOMES.name(), payload));
    }
    return outcomes;
  }

  List<RemediationOutcome> outcomes(String incidentId, String step) {
    return outcomes().stream()
        .filter(o -> o.getIncidentId().equals(incidentId) && o.getStep().equals(step))
        .toList();
  }

  List<Command> commands() {
    List<Command> commands = new ArrayList<>();
    for (byte[] payload : payloads(Topics.COMMANDS.name())) {
      commands.add(
          Topics.COMMANDS.values().deserializer().deserialize(Topics.COMMANDS.name(), payload));
    }
    return commands;
  }

  private List<byte[]> payloads(String topic) {
    try (Connection connection = postgres.dataSource().getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT payload FROM responder.outbox WHERE topic = ? ORDER BY id")) {
      query.setString(1, topic);
      List<byte[]> payloads = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          payloads.add(rows.getBytes(1));
        }
      }
      return payloads;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  Deployment deployment(String name) {
    return kubernetes.client().apps().deployments().inNamespace("crm").withName(name).get();
  }

  Map<String, String> templateAnnotations(String deployment) {
    var metadata = deployment(deployment).getSpec().getTemplate().getMetadata();
    return metadata.getAnnotations() == null ? Map.of() : metadata.getAnnotations();
  }

  @Override
  public void close() {
    started.forEach(Remediator::close);
    queues.close();
    pool.close();
    webhook.close();
    api.close();
  }
}
