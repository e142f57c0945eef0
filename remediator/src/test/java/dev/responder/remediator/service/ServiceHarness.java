package dev.responder.remediator.service;

import static org.awaitility.Awaitility.await;

import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.CauseKind;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.topics.Topics;
import io.lettuce.core.RedisClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The remediator service against the sandbox, as {@code ./responder remediator} runs it: a clean
 * ledger, a {@code crm-events} backlog (so worker-queue-stuck restarts the workers), its
 * configuration, an OPENED event on Kafka and the outcomes read back from Kafka.
 */
final class ServiceHarness {

  /** An outcome consumed from Kafka, with its message-id header. */
  record ConsumedOutcome(RemediationOutcome outcome, String messageId) {}

  final String incidentId = "INC-SVC-" + UUID.randomUUID().toString().substring(0, 8);
  final Map<String, String> environment = new HashMap<>();
  private final KafkaBroker kafka;
  private final KubernetesApi kubernetes;
  private final HttpClient http = HttpClient.newHttpClient();

  ServiceHarness(KafkaBroker kafka, Postgres postgres, Redis redis, KubernetesApi kubernetes)
      throws Exception {
    this.kafka = kafka;
    this.kubernetes = kubernetes;
    kubernetes.reset();
    clearLedger(postgres);
    fillQueue(redis, 300);
    environment.put("RESPONDER_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
    environment.put("RESPONDER_REMEDIATOR_GROUP", "remediator-it-" + incidentId);
    environment.put("RESPONDER_CATALOG", "../runbooks/crm.yaml");
    environment.put("RESPONDER_CRM_JDBC_URL", postgres.jdbcUrl());
    environment.put("RESPONDER_CRM_DB_USER", postgres.user());
    environment.put("RESPONDER_CRM_DB_PASSWORD", postgres.password());
    environment.put("RESPONDER_REDIS_URL", redis.uri());
    environment.put("RESPONDER_KUBERNETES_URL", kubernetes.url());
    environment.put("RESPONDER_NOTIFY_WEBHOOK", "http://127.0.0.1:9/unused");
    environment.put("RESPONDER_REMEDIATOR_HOST", "127.0.0.1");
    environment.put("RESPONDER_REMEDIATOR_PORT", "0");
    environment.put("RESPONDER_REMEDIATOR_CALL_TIMEOUT_SECONDS", "2");
    skipEarlierEvents();
  }

  /**
   * Commits the service's group at the end of its input topics, so it acts on this test's event
   * only, not on the incidents earlier tests left on the topic (their restarts would start a
   * cooldown).
   */
  private void skipEarlierEvents() {
    Map<String, Object> props = new HashMap<>(kafka.clientProperties());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, environment.get("RESPONDER_REMEDIATOR_GROUP"));
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : List.of(Topics.INCIDENT_EVENTS.name(), Topics.COMMANDS.name())) {
        consumer
            .partitionsFor(topic)
            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
      Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
      consumer.endOffsets(partitions).forEach((p, end) -> ends.put(p, new OffsetAndMetadata(end)));
      consumer.commitSync(ends);
    }
  }

  RemediatorService start() throws Exception {
    return RemediatorService.start(RemediatorConfig.fromMap(environment), Clock.systemUTC());
  }

  /** Publishes the incident's OPENED event and waits for the outcome of its restart step. */
  List<ConsumedOutcome> openAndAwaitRestart() throws Exception {
    publishOpened();
    return awaitOutcome("restart_workers");
  }

  void publishOpened() throws Exception {
    publish(List.of(opened(incidentId, null, Instant.now())));
  }

  /** Publishes the events, keyed by incident, and waits until Kafka has them all. */
  void publish(List<IncidentEvent> events) throws Exception {
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            kafka.clientProperties(), new StringSerializer(), new ByteArraySerializer())) {
      for (IncidentEvent event : events) {
        byte[] value =
            Topics.INCIDENT_EVENTS
                .values()
                .serializer()
                .serialize(Topics.INCIDENT_EVENTS.name(), event);
        producer.send(
            new ProducerRecord<>(Topics.INCIDENT_EVENTS.name(), event.getIncidentId(), value));
      }
      producer.flush();
    }
  }

  /** A new consumer of responder.outcomes.v1 from its start, as a read_committed reader sees it. */
  KafkaConsumer<String, RemediationOutcome> outcomeConsumer() {
    Map<String, Object> props = new HashMap<>(kafka.clientProperties());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "outcomes-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    KafkaConsumer<String, RemediationOutcome> consumer =
        new KafkaConsumer<>(
            props, Topics.OUTCOMES.keys().deserializer(), Topics.OUTCOMES.values().deserializer());
    consumer.subscribe(List.of(Topics.OUTCOMES.name()));
    return consumer;
  }

  /** The outcomes of this incident on Kafka, once one of {@code step} is among them. */
  List<ConsumedOutcome> awaitOutcome(String step) {
    List<ConsumedOutcome> seen = new ArrayList<>();
    try (KafkaConsumer<String, RemediationOutcome> consumer = outcomeConsumer()) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer
                    .poll(Duration.ofMillis(200))
                    .forEach(
                        record -> {
                          if (record.key().equals(incidentId)) {
                            Header id = record.headers().lastHeader(OutboxRelay.MESSAGE_ID_HEADER);
                            seen.add(
                                new ConsumedOutcome(
                                    record.value(),
                                    new String(id.value(), StandardCharsets.UTF_8)));
                          }
                        });
                return seen.stream().anyMatch(o -> o.outcome().getStep().equals(step));
              });
    }
    return seen;
  }

  Map<String, String> templateAnnotations(String deployment) {
    var metadata =
        kubernetes
            .client()
            .apps()
            .deployments()
            .inNamespace("crm")
            .withName(deployment)
            .get()
            .getSpec()
            .getTemplate()
            .getMetadata();
    return metadata.getAnnotations() == null ? Map.of() : metadata.getAnnotations();
  }

  int status(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  String body(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** A worker-queue-stuck incident in namespace crm (and {@code service}, if any) opened now. */
  static IncidentEvent opened(String incidentId, String service, Instant now) {
    Incident incident =
        Incident.newBuilder()
            .setIncidentId(incidentId)
            .setRunbookId("worker-queue-stuck")
            .setTitle("Worker Queue Stuck")
            .setSeverity(Severity.P2)
            .setStatus(IncidentStatus.OPEN)
            .setGroupKey("worker-queue-stuck/crm/" + incidentId)
            .setNamespace("crm")
            .setService(service)
            .setCatalogVersion("2026.11.1")
            .setDetectedAt(now)
            .setResponseDueAt(now.plusSeconds(3600))
            .setUpdatedAt(now)
            .build();
    return IncidentEvent.newBuilder()
        .setEventId("evt-" + incidentId)
        .setIncidentId(incidentId)
        .setType(IncidentEventType.OPENED)
        .setOccurredAt(now)
        .setCause(Cause.newBuilder().setKind(CauseKind.ALERT).build())
        .setIncident(incident)
        .build();
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
              + " TRUNCATE responder.action_ledger, responder.outbox, responder.verification;"
              + " END IF; END $$");
    }
  }
}
