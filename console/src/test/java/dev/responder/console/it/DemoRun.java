package dev.responder.console.it;

import static org.awaitility.Awaitility.await;

import dev.responder.console.history.HistoryStore;
import dev.responder.console.history.IncidentSummary;
import dev.responder.console.history.StatusFilter;
import dev.responder.console.projection.AuditTopics;
import dev.responder.console.projection.ProgressListener;
import dev.responder.console.projection.Projection;
import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.CorrelatorService;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.remediator.service.RemediatorConfig;
import dev.responder.remediator.service.RemediatorService;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Command;
import io.lettuce.core.RedisClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A demo-like run on the sandbox: the real correlator and remediator services on the shipped
 * catalog, a worker-queue incident detected two hours ago (so its response deadline has passed and
 * it escalates), a database-connections incident, a person's acknowledgement and the worker alert's
 * resolution; the projection follows along.
 */
final class DemoRun {

  static final Path CATALOG = Path.of("..", "runbooks", "crm.yaml");

  final Instant workerStartsAt =
      Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS);
  final Alert workerAlert;
  final Alert databaseAlert;
  Instant acknowledgedAt;
  Instant resolvedAt;
  String workerIncident;
  String databaseIncident;

  private final KafkaBroker kafka;
  private final Postgres postgres;
  private final Projection projection;

  DemoRun(KafkaBroker kafka, Postgres postgres) {
    this.kafka = kafka;
    this.postgres = postgres;
    this.projection =
        new Projection(postgres.dataSource(), AuditTopics.standard(), kafka.bootstrapServers());
    String run = UUID.randomUUID().toString().substring(0, 8);
    workerAlert =
        DemoRecords.firing(
            "fp-worker-" + run,
            Map.of("alertname", "CrmWorkerQueueStuck", "namespace", "crm", "service", "crm-worker"),
            workerStartsAt);
    databaseAlert =
        DemoRecords.firing(
            "fp-db-" + run,
            Map.of(
                "alertname",
                "CrmDatabaseConnectionsExhausted",
                "namespace",
                "crm",
                "service",
                "crm-db"),
            Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }

  void play(Redis redis, KubernetesApi kubernetes, Path stateDir) throws Exception {
    kubernetes.reset();
    clearLedger();
    fillQueue(redis, 300);
    try (CorrelatorService correlator = startCorrelator(stateDir);
        RemediatorService remediator = startRemediator(redis, kubernetes);
        KafkaProducer<String, byte[]> producer =
            new KafkaProducer<>(
                kafka.clientProperties(),
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
      send(producer, workerAlert);
      send(producer, databaseAlert);
      workerIncident = awaitIncident("worker-queue-stuck", i -> i.escalationLevel() == 2);
      databaseIncident = awaitIncident("database-connections-exhausted", i -> true);
      awaitActionOutcomes(workerIncident, 1);
      awaitActionOutcomes(databaseIncident, 2);
      acknowledgedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      Command ack = DemoRecords.acknowledge(workerIncident, "alice", acknowledgedAt);
      producer
          .send(
              new ProducerRecord<>(
                  AuditTopics.standard().commands().name(),
                  workerIncident,
                  AuditTopics.standard().commands().values().serializer().serialize("", ack)))
          .get();
      awaitIncident("worker-queue-stuck", i -> i.acknowledgedAt().isPresent());
      resolvedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      send(producer, DemoRecords.resolved(workerAlert, resolvedAt));
      awaitIncident("worker-queue-stuck", i -> i.resolvedAt().isPresent());
    }
  }

  private void send(KafkaProducer<String, byte[]> producer, Alert alert) throws Exception {
    var topic = AuditTopics.standard().alerts();
    producer
        .send(
            new ProducerRecord<>(
                topic.name(),
                alert.getFingerprint(),
                topic.values().serializer().serialize(topic.name(), alert)))
        .get();
  }

  private String awaitIncident(
      String runbook, java.util.function.Predicate<IncidentSummary> state) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(() -> incident(runbook).filter(state), Optional::isPresent)
        .get()
        .incidentId();
  }

  private Optional<IncidentSummary> incident(String runbook) throws Exception {
    projection.catchUp(ProgressListener.SILENT);
    return new HistoryStore(postgres.dataSource())
        .incidents(StatusFilter.ALL).stream()
            .filter(i -> i.runbookId().equals(runbook))
            .findFirst();
  }

  /** Every action of the runbook ends in an ACTION outcome, run or skipped. */
  private void awaitActionOutcomes(String incidentId, int actions) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              projection.catchUp(ProgressListener.SILENT);
              return new HistoryStore(postgres.dataSource())
                  .records(incidentId).stream()
                      .filter(r -> r.content().path("kind").asText().equals("ACTION"))
                      .map(r -> r.content().path("step").asText())
                      .distinct()
                      .count();
            },
            count -> count >= actions);
  }

  private CorrelatorService startCorrelator(Path stateDir) {
    CorrelatorConfig config =
        CorrelatorConfig.fromMap(
            Map.of(
                CorrelatorConfig.BOOTSTRAP,
                kafka.bootstrapServers(),
                CorrelatorConfig.APPLICATION_ID,
                "demo-correlator-" + UUID.randomUUID(),
                CorrelatorConfig.STATE_DIR,
                stateDir.toString(),
                CorrelatorConfig.PUNCTUATION_INTERVAL,
                "PT1S",
                CorrelatorConfig.HTTP_PORT,
                "0"));
    CatalogPorts ports = CatalogPorts.load(CATALOG);
    return CorrelatorService.start(
        config,
        CorrelatorTopics.standard(),
        ports.classifier(),
        ports.policy(),
        ports.severityRules(),
        ports.inhibitRules());
  }

  private RemediatorService startRemediator(Redis redis, KubernetesApi kubernetes)
      throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("RESPONDER_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
    env.put("RESPONDER_REMEDIATOR_GROUP", "demo-remediator-" + UUID.randomUUID());
    env.put("RESPONDER_CATALOG", CATALOG.toString());
    env.put("RESPONDER_CRM_JDBC_URL", postgres.jdbcUrl());
    env.put("RESPONDER_CRM_DB_USER", postgres.user());
    env.put("RESPONDER_CRM_DB_PASSWORD", postgres.password());
    env.put("RESPONDER_REDIS_URL", redis.uri());
    env.put("RESPONDER_KUBERNETES_URL", kubernetes.url());
    // No chat server runs here: notifications fail as values and are recorded, as they would be.
    env.put("RESPONDER_NOTIFY_WEBHOOK", "http://127.0.0.1:9/unused");
    env.put("RESPONDER_REMEDIATOR_HOST", "127.0.0.1");
    env.put("RESPONDER_REMEDIATOR_PORT", "0");
    env.put("RESPONDER_REMEDIATOR_CALL_TIMEOUT_SECONDS", "2");
    // The worker alert was received two hours ago: older than the default maximum event age.
    env.put("RESPONDER_REMEDIATOR_MAX_EVENT_AGE", "PT3H");
    return RemediatorService.start(RemediatorConfig.fromMap(env), Clock.systemUTC());
  }

  private void clearLedger() throws Exception {
    try (Connection connection = postgres.dataSource().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS responder");
      statement.execute(
          "DO $$ BEGIN IF to_regclass('responder.outbox') IS NOT NULL THEN"
              + " TRUNCATE responder.action_ledger, responder.outbox, responder.verification; END IF; END $$");
    }
  }

  private static void fillQueue(Redis redis, int depth) {
    RedisClient client = RedisClient.create(redis.uri());
    try (var connection = client.connect()) {
      connection.sync().del("crm-events");
      for (int i = 0; i < depth; i++) {
        connection.sync().rpush("crm-events", "event-" + i);
      }
    } finally {
      client.shutdown();
    }
  }

  /** The shipped catalog with one edit, written to {@code dir}, for replay's candidates. */
  static Path catalogWith(Path dir, String name, String section, String from, String to)
      throws Exception {
    String text = Files.readString(CATALOG);
    int at = text.indexOf(section);
    int edit = text.indexOf(from, at);
    if (at < 0 || edit < 0) {
      throw new IllegalStateException(
          "the shipped catalog no longer has '" + from + "' in " + section);
    }
    Path file = dir.resolve(name);
    Files.writeString(file, text.substring(0, edit) + to + text.substring(edit + from.length()));
    return file;
  }
}
