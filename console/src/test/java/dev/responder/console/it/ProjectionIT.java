package dev.responder.console.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.responder.console.audit.AuditChains;
import dev.responder.console.audit.BrokenLink;
import dev.responder.console.audit.ChainRow;
import dev.responder.console.audit.Difference;
import dev.responder.console.audit.HashChain;
import dev.responder.console.audit.LogComparison;
import dev.responder.console.projection.AnchorReader;
import dev.responder.console.projection.AuditTopics;
import dev.responder.console.projection.LogRecomputation;
import dev.responder.console.projection.ProgressListener;
import dev.responder.console.projection.ProjectedRecord;
import dev.responder.console.projection.Projection;
import dev.responder.console.projection.ProjectionChecksum;
import dev.responder.console.projection.RecordKind;
import dev.responder.runtime.kafka.KafkaClientSecurity;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private KafkaBroker kafka;

  @BeforeEach
  void writeThreeIncidentsOfFourEventsEach(KafkaBroker kafka, Postgres postgres) throws Exception {
    ContractClassTrust.install();
    this.postgres = postgres;
    this.kafka = kafka;
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

  @Test
  void shouldNameEveryChangeToWhatTheTimelineAndTheIncidentListShow() throws Exception {
    projection.catchUp(ProgressListener.SILENT);
    assertThat(verifyWithAnchors().holds()).isTrue();
    assertThat(againstLog()).isEmpty();
    String alertsChain = topics.alerts().name() + "|" + alertPartition();

    sql(
        "UPDATE projection.audit_log SET kind = 'OUTCOME' WHERE incident_id = 'INC-IT-1' AND seq = 2");
    sql(
        "UPDATE projection.audit_log SET occurred_at = occurred_at - interval '1 hour'"
            + " WHERE incident_id = 'INC-IT-2' AND seq = 2");
    // Reorder: rows 3 and 4 of INC-IT-3 swap their times, so the timeline shows them swapped.
    sql(
        "UPDATE projection.audit_log a SET occurred_at = b.occurred_at FROM projection.audit_log b"
            + " WHERE a.incident_id = 'INC-IT-3' AND b.incident_id = 'INC-IT-3'"
            + " AND a.seq + b.seq = 7 AND a.seq IN (3, 4)",
        2);
    sql("DELETE FROM projection.audit_log WHERE chain = '" + alertsChain + "'");
    sql("UPDATE projection.incidents SET severity = 'P4' WHERE incident_id = 'INC-IT-1'");
    sql("DELETE FROM projection.incidents WHERE incident_id = 'INC-IT-2'");

    assertThat(verifyWithAnchors().broken())
        .extracting(BrokenLink::chain, BrokenLink::incidentId, BrokenLink::problem)
        .containsExactlyInAnyOrder(
            tuple(chainOf("INC-IT-1"), "INC-IT-1", BrokenLink.Problem.CONTENT_CHANGED),
            tuple(chainOf("INC-IT-2"), "INC-IT-2", BrokenLink.Problem.CONTENT_CHANGED),
            tuple(chainOf("INC-IT-3"), "INC-IT-3", BrokenLink.Problem.CONTENT_CHANGED),
            tuple(alertsChain, "", BrokenLink.Problem.HEAD_MISMATCH),
            tuple(alertsChain, "", BrokenLink.Problem.ANCHOR_MISMATCH),
            tuple("incidents", "INC-IT-1", BrokenLink.Problem.INCIDENT_CHANGED),
            tuple("incidents", "", BrokenLink.Problem.HEAD_MISMATCH),
            tuple("incidents", "INC-IT-2", BrokenLink.Problem.ANCHOR_MISMATCH));
    assertThat(againstLog())
        .extracting(Difference::table, Difference::kind, Difference::detail)
        .containsExactlyInAnyOrder(
            tuple(
                "audit_log",
                Difference.Kind.CHANGED,
                "kind: log has 'INCIDENT_EVENT', database has 'OUTCOME'"),
            tuple(
                "audit_log",
                Difference.Kind.CHANGED,
                "occurredAt: log has '2026-11-27T10:02:00Z', database has '2026-11-27T09:02:00Z'"),
            tuple(
                "audit_log",
                Difference.Kind.CHANGED,
                "occurredAt: log has '2026-11-27T10:03:00Z', database has '2026-11-27T10:04:00Z'"),
            tuple(
                "audit_log",
                Difference.Kind.CHANGED,
                "occurredAt: log has '2026-11-27T10:04:00Z', database has '2026-11-27T10:03:00Z'"),
            tuple("audit_log", Difference.Kind.MISSING, "UNDECODABLE"),
            tuple(
                "incidents", Difference.Kind.CHANGED, "severity: log has 'P2', database has 'P4'"),
            tuple("incidents", Difference.Kind.MISSING, ""));
  }

  @Test
  void shouldNameAChainRewrittenWithFreshHashesAgainstItsAnchorAndTheLog() throws Exception {
    projection.catchUp(ProgressListener.SILENT);
    String chain = chainOf("INC-IT-1");

    // Whoever can write the database can rewrite a whole chain, hashes and head included.
    List<ChainRow> rows =
        new AuditChains(postgres.dataSource())
            .snapshot().rows().stream().filter(row -> row.chain().equals(chain)).toList();
    String previous = HashChain.GENESIS;
    for (ChainRow row : rows) {
      String content = row.seq() == 2 ? row.content().replace("OPEN", "RESOLVED") : row.content();
      ChainRow forged =
          ChainRow.append(
              row.seq() - 1,
              previous,
              new ProjectedRecord(
                  row.position(),
                  RecordKind.valueOf(row.kind()),
                  row.key(),
                  Optional.of(row.incidentId()),
                  row.occurredAt(),
                  content));
      update(
          "UPDATE projection.audit_log SET content = ?, prev_hash = ?, hash = ?"
              + " WHERE chain = ? AND seq = ?",
          forged.content(),
          forged.previousHash(),
          forged.hash(),
          chain,
          forged.seq());
      previous = forged.hash();
    }
    update("UPDATE projection.chain_heads SET hash = ? WHERE chain = ?", previous, chain);

    assertThat(new AuditChains(postgres.dataSource()).verify().holds()).isTrue();
    assertThat(verifyWithAnchors().broken())
        .singleElement()
        .satisfies(
            link -> {
              assertThat(link.chain()).isEqualTo(chain);
              assertThat(link.problem()).isEqualTo(BrokenLink.Problem.ANCHOR_MISMATCH);
              assertThat(link.seq()).isEqualTo(4);
            });
    assertThat(againstLog())
        .extracting(Difference::table, Difference::where)
        .containsExactlyInAnyOrder(
            tuple("audit_log", rows.get(1).position() + " (incident INC-IT-1)"),
            tuple("audit_log", rows.get(2).position() + " (incident INC-IT-1)"),
            tuple("audit_log", rows.get(3).position() + " (incident INC-IT-1)"),
            tuple("chain_heads", chain));
  }

  private AuditChains.Verification verifyWithAnchors() throws Exception {
    return AuditChains.verify(
        new AuditChains(postgres.dataSource()).snapshot(),
        AnchorReader.read(topics, kafka.bootstrapServers(), KafkaClientSecurity.PLAINTEXT));
  }

  private List<Difference> againstLog() throws Exception {
    AuditChains.Snapshot snapshot = new AuditChains(postgres.dataSource()).snapshot();
    return LogComparison.compare(
        new LogRecomputation(topics, kafka.bootstrapServers(), KafkaClientSecurity.PLAINTEXT)
            .recompute(snapshot.positions()),
        snapshot.projected());
  }

  private String chainOf(String incidentId) {
    return incidentId + "|" + topics.incidentEvents().name();
  }

  private int alertPartition() throws Exception {
    try (Connection connection = postgres.dataSource().getConnection();
        Statement s = connection.createStatement();
        var row =
            s.executeQuery(
                "SELECT \"partition\" FROM projection.audit_log WHERE kind = 'UNDECODABLE'")) {
      row.next();
      return row.getInt(1);
    }
  }

  private void update(String statement, Object... parameters) throws Exception {
    try (Connection connection = postgres.dataSource().getConnection();
        var prepared = connection.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        prepared.setObject(i + 1, parameters[i]);
      }
      assertThat(prepared.executeUpdate()).isEqualTo(1);
    }
  }

  private void sql(String statement, int rows) throws Exception {
    try (Connection connection = postgres.dataSource().getConnection();
        Statement s = connection.createStatement()) {
      assertThat(s.executeUpdate(statement)).isEqualTo(rows);
    }
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
