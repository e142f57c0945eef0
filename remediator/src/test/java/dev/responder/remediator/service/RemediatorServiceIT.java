package dev.responder.remediator.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.CauseKind;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.topics.Topics;
import io.lettuce.core.RedisClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as {@code ./responder remediator} runs it: an OPENED event on Kafka becomes outcomes
 * on Kafka, published from the outbox, with its health endpoints answering.
 */
@ExtendWith(SandboxExtension.class)
class RemediatorServiceIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldTurnAnOpenedIncidentOnKafkaIntoOutcomesOnKafka(
      KafkaBroker kafka, Postgres postgres, Redis redis, KubernetesApi kubernetes)
      throws Exception {
    kubernetes.reset();
    clearLedger(postgres);
    fillQueue(redis, 300);
    String incidentId = "INC-SVC-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> env = environment(kafka, postgres, redis, kubernetes, incidentId);

    try (RemediatorService service =
            RemediatorService.start(RemediatorConfig.fromMap(env), Clock.systemUTC());
        KafkaProducer<String, byte[]> producer = producer(kafka)) {
      List<ConsumedOutcome> outcomes = openAndAwaitRestart(kafka, producer, incidentId);

      assertThat(outcomes)
          .filteredOn(o -> o.outcome().getStep().equals("restart_workers"))
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.outcome().getStatus()).isEqualTo(OutcomeStatus.SUCCEEDED);
                assertThat(o.messageId()).isEqualTo(o.outcome().getOutcomeId());
              });
      assertThat(get(service.uri().resolve("/livez"))).isEqualTo(200);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> get(service.uri().resolve("/readyz")) == 200);
      assertThat(body(service.uri().resolve("/metrics")))
          .contains("responder_remediator_records_processed");
    }
  }

  @Test
  void shouldStopEveryActionOnceTheKillSwitchFileIsTurnedOnWhileRunning(
      KafkaBroker kafka,
      Postgres postgres,
      Redis redis,
      KubernetesApi kubernetes,
      @TempDir Path dir)
      throws Exception {
    kubernetes.reset();
    clearLedger(postgres);
    fillQueue(redis, 300);
    String incidentId = "INC-KILL-" + UUID.randomUUID().toString().substring(0, 8);
    Path killSwitch = dir.resolve("kill-switch");
    Map<String, String> env = environment(kafka, postgres, redis, kubernetes, incidentId);
    env.put("RESPONDER_REMEDIATOR_KILL_SWITCH_FILE", killSwitch.toString());
    try (RemediatorService service =
            RemediatorService.start(RemediatorConfig.fromMap(env), Clock.systemUTC());
        KafkaProducer<String, byte[]> producer = producer(kafka)) {
      URI metrics = service.uri().resolve("/metrics");
      assertThat(body(metrics)).contains("responder_remediator_kill_switch 0.0");

      Files.writeString(killSwitch, "on\n");
      List<ConsumedOutcome> outcomes = openAndAwaitRestart(kafka, producer, incidentId);

      assertThat(outcomes)
          .filteredOn(o -> o.outcome().getStep().equals("restart_workers"))
          .singleElement()
          .satisfies(o -> assertThat(o.outcome().getReason()).isEqualTo(OutcomeReason.KILL_SWITCH));
      assertThat(outcomes)
          .filteredOn(o -> o.outcome().getStep().equals("queue_depth"))
          .singleElement()
          .as("checks still run")
          .satisfies(o -> assertThat(o.outcome().getStatus()).isEqualTo(OutcomeStatus.SUCCEEDED));
      assertThat(templateAnnotations(kubernetes, "crm-worker")).isEmpty();
      assertThat(body(metrics)).contains("responder_remediator_kill_switch 1.0");
    }
  }

  /** Publishes the incident's OPENED event and waits for the outcome of its restart step. */
  private static List<ConsumedOutcome> openAndAwaitRestart(
      KafkaBroker kafka, KafkaProducer<String, byte[]> producer, String incidentId)
      throws Exception {
    producer
        .send(new ProducerRecord<>(Topics.INCIDENT_EVENTS.name(), incidentId, opened(incidentId)))
        .get();
    return awaitOutcome(kafka, incidentId, "restart_workers");
  }

  private static Map<String, String> environment(
      KafkaBroker kafka,
      Postgres postgres,
      Redis redis,
      KubernetesApi kubernetes,
      String incidentId) {
    Map<String, String> env = new HashMap<>();
    env.put("RESPONDER_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
    env.put("RESPONDER_REMEDIATOR_GROUP", "remediator-it-" + incidentId);
    env.put("RESPONDER_CATALOG", "../runbooks/crm.yaml");
    env.put("RESPONDER_CRM_JDBC_URL", postgres.jdbcUrl());
    env.put("RESPONDER_CRM_DB_USER", postgres.user());
    env.put("RESPONDER_CRM_DB_PASSWORD", postgres.password());
    env.put("RESPONDER_REDIS_URL", redis.uri());
    env.put("RESPONDER_KUBERNETES_URL", kubernetes.url());
    env.put("RESPONDER_NOTIFY_WEBHOOK", "http://127.0.0.1:9/unused");
    env.put("RESPONDER_REMEDIATOR_HOST", "127.0.0.1");
    env.put("RESPONDER_REMEDIATOR_PORT", "0");
    env.put("RESPONDER_REMEDIATOR_CALL_TIMEOUT_SECONDS", "2");
    return env;
  }

  private static Map<String, String> templateAnnotations(KubernetesApi kubernetes, String name) {
    var metadata =
        kubernetes
            .client()
            .apps()
            .deployments()
            .inNamespace("crm")
            .withName(name)
            .get()
            .getSpec()
            .getTemplate()
            .getMetadata();
    return metadata.getAnnotations() == null ? Map.of() : metadata.getAnnotations();
  }

  private record ConsumedOutcome(RemediationOutcome outcome, String messageId) {}

  private static List<ConsumedOutcome> awaitOutcome(
      KafkaBroker kafka, String incidentId, String step) {
    Map<String, Object> props = new HashMap<>(kafka.clientProperties());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "outcomes-" + incidentId);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumedOutcome> seen = new ArrayList<>();
    try (KafkaConsumer<String, RemediationOutcome> consumer =
        new KafkaConsumer<>(
            props,
            Topics.OUTCOMES.keys().deserializer(),
            Topics.OUTCOMES.values().deserializer())) {
      consumer.subscribe(List.of(Topics.OUTCOMES.name()));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer
                    .poll(Duration.ofMillis(200))
                    .forEach(
                        record -> {
                          if (record.key().equals(incidentId)) {
                            Header header = record.headers().lastHeader("responder.message-id");
                            seen.add(
                                new ConsumedOutcome(
                                    record.value(),
                                    new String(
                                        header.value(), java.nio.charset.StandardCharsets.UTF_8)));
                          }
                        });
                return seen.stream().anyMatch(o -> o.outcome().getStep().equals(step));
              });
    }
    return seen;
  }

  private static KafkaProducer<String, byte[]> producer(KafkaBroker kafka) {
    return new KafkaProducer<>(
        kafka.clientProperties(),
        new org.apache.kafka.common.serialization.StringSerializer(),
        new org.apache.kafka.common.serialization.ByteArraySerializer());
  }

  private static byte[] opened(String incidentId) {
    Instant now = Instant.now();
    Incident incident =
        Incident.newBuilder()
            .setIncidentId(incidentId)
            .setRunbookId("worker-queue-stuck")
            .setTitle("Worker Queue Stuck")
            .setSeverity(Severity.P2)
            .setStatus(IncidentStatus.OPEN)
            .setGroupKey("worker-queue-stuck/crm")
            .setCatalogVersion("2026.11.1")
            .setDetectedAt(now)
            .setResponseDueAt(now.plusSeconds(3600))
            .setUpdatedAt(now)
            .build();
    IncidentEvent event =
        IncidentEvent.newBuilder()
            .setEventId("evt-" + incidentId)
            .setIncidentId(incidentId)
            .setType(IncidentEventType.OPENED)
            .setOccurredAt(now)
            .setCause(Cause.newBuilder().setKind(CauseKind.ALERT).build())
            .setIncident(incident)
            .build();
    return Topics.INCIDENT_EVENTS
        .values()
        .serializer()
        .serialize(Topics.INCIDENT_EVENTS.name(), event);
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

  private static void clearLedger(Postgres postgres) throws Exception {
    try (Connection connection = postgres.dataSource().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS responder");
      statement.execute(
          "DO $$ BEGIN IF to_regclass('responder.outbox') IS NOT NULL THEN"
              + " TRUNCATE responder.action_ledger, responder.outbox, responder.verification; END IF; END $$");
    }
  }

  private int get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private String body(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
