package dev.responder.console.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.console.audit.AuditChains;
import dev.responder.console.audit.BrokenLink;
import dev.responder.console.projection.AuditTopics;
import dev.responder.console.projection.ProgressListener;
import dev.responder.console.projection.Projection;
import dev.responder.console.projection.ProjectionChecksum;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.sandbox.kafka.TopicCatalogue;
import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.CauseKind;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.serde.ContractClassTrust;
import dev.responder.schemas.topics.Topic;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The projection on the real broker and database, on topics of its own: idempotent by position,
 * rebuilt from offset 0 into identical tables, and its chains expose modified, deleted and inserted
 * rows.
 */
@ExtendWith(SandboxExtension.class)
class ProjectionIT {

  private AuditTopics topics;
  private Projection projection;
  private Postgres postgres;

  @BeforeEach
  void writeThreeIncidentsOfFourEventsEach(KafkaBroker kafka, Postgres postgres) throws Exception {
    ContractClassTrust.install();
    this.postgres = postgres;
    topics = AuditTopics.named("projection-" + UUID.randomUUID().toString().substring(0, 8));
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      TopicCatalogue.createMissing(admin, topics.used());
    }
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            kafka.clientProperties(), new StringSerializer(), new ByteArraySerializer())) {
      for (int incident = 1; incident <= 3; incident++) {
        for (int revision = 1; revision <= 4; revision++) {
          send(producer, topics.incidentEvents(), event("INC-IT-" + incident, revision));
          send(producer, topics.incidents(), event("INC-IT-" + incident, revision).getIncident());
        }
      }
      producer
          .send(new ProducerRecord<>(topics.alerts().name(), "fp-garbage", new byte[] {1, 2, 3}))
          .get();
    }
    try (Connection connection = postgres.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS projection CASCADE");
    }
    projection = new Projection(postgres.dataSource(), topics, kafka.bootstrapServers());
  }

  @Test
  void shouldRebuildIdenticalTablesFromOffsetZero() throws Exception {
    projection.catchUp(ProgressListener.SILENT);
    Map<String, String> before = ProjectionChecksum.of(postgres.dataSource());

    projection.rebuild(ProgressListener.SILENT);

    assertThat(ProjectionChecksum.of(postgres.dataSource())).isEqualTo(before);
    assertThat(before.get("audit_log")).endsWith("(13 rows)");
    assertThat(before.get("incidents")).endsWith("(3 rows)");
  }

  @Test
  void shouldAddNothingWhenCatchingUpTwice() throws Exception {
    long first = projection.catchUp(ProgressListener.SILENT);

    long second = projection.catchUp(ProgressListener.SILENT);

    assertThat(first).isEqualTo(13 + 12);
    assertThat(second).isZero();
  }

  @Test
  void shouldNameTheModifiedTheDeletedAndTheInsertedRow() throws Exception {
    projection.catchUp(ProgressListener.SILENT);
    assertThat(new AuditChains(postgres.dataSource()).verify().holds()).isTrue();

    sql(
        "UPDATE projection.audit_log SET content = replace(content, 'OPEN', 'RESOLVED')"
            + " WHERE incident_id = 'INC-IT-1' AND seq = 2");
    sql("DELETE FROM projection.audit_log WHERE incident_id = 'INC-IT-2' AND seq = 3");
    sql(
        "INSERT INTO projection.audit_log SELECT topic, \"partition\", \"offset\" + 1000, kind,"
            + " record_key, incident_id, chain, 5, occurred_at, content, hash, hash"
            + " FROM projection.audit_log WHERE incident_id = 'INC-IT-3' AND seq = 4");
    AuditChains.Verification result = new AuditChains(postgres.dataSource()).verify();

    assertThat(result.broken())
        .extracting(BrokenLink::incidentId, BrokenLink::seq, BrokenLink::problem)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("INC-IT-1", 2L, BrokenLink.Problem.CONTENT_CHANGED),
            org.assertj.core.groups.Tuple.tuple("INC-IT-2", 4L, BrokenLink.Problem.LINK_BROKEN),
            org.assertj.core.groups.Tuple.tuple(
                "INC-IT-3", 5L, BrokenLink.Problem.CONTENT_CHANGED));
  }

  private void sql(String statement) throws Exception {
    try (Connection connection = postgres.dataSource().getConnection();
        Statement s = connection.createStatement()) {
      assertThat(s.executeUpdate(statement)).isEqualTo(1);
    }
  }

  private static <V> void send(
      KafkaProducer<String, byte[]> producer, Topic<String, V> topic, V value) throws Exception {
    String key =
        value instanceof IncidentEvent e ? e.getIncidentId() : ((Incident) value).getIncidentId();
    producer
        .send(
            new ProducerRecord<>(
                topic.name(), key, topic.values().serializer().serialize(topic.name(), value)))
        .get();
  }

  private static IncidentEvent event(String incidentId, int revision) {
    Instant at = Instant.parse("2026-11-27T10:00:00Z").plusSeconds(60L * revision);
    Incident incident =
        Incident.newBuilder()
            .setIncidentId(incidentId)
            .setRunbookId("worker-queue-stuck")
            .setTitle("Worker Queue Stuck")
            .setSeverity(Severity.P2)
            .setStatus(revision < 4 ? IncidentStatus.OPEN : IncidentStatus.RESOLVED)
            .setGroupKey("worker-queue-stuck{namespace=\"crm\"}")
            .setCatalogVersion("2026.11.1")
            .setDetectedAt(Instant.parse("2026-11-27T10:00:00Z"))
            .setResponseDueAt(Instant.parse("2026-11-27T11:00:00Z"))
            .setResolvedAt(revision < 4 ? null : at)
            .setUpdatedAt(at)
            .setRevision(revision)
            .build();
    return IncidentEvent.newBuilder()
        .setEventId(incidentId + "#" + revision)
        .setIncidentId(incidentId)
        .setType(
            revision == 1
                ? IncidentEventType.OPENED
                : revision < 4 ? IncidentEventType.ALERT_ADDED : IncidentEventType.RESOLVED)
        .setOccurredAt(at)
        .setCause(Cause.newBuilder().setKind(CauseKind.ALERT).build())
        .setIncident(incident)
        .build();
  }
}
