package dev.responder.remediator.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.responder.remediator.adapter.postgres.LedgerMigrations;
import dev.responder.remediator.adapter.postgres.PostgresLedger;
import dev.responder.remediator.adapter.postgres.PostgresOutbox;
import dev.responder.remediator.adapter.postgres.PostgresPools;
import dev.responder.remediator.ledger.Outbound;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.Evidence;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.topics.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox relay publishes every outcome exactly once on {@code responder.outcomes.v1}, even when
 * it dies between Kafka's commit and marking the rows, or with its transaction still open; and
 * counts each one once, when its transaction commits.
 */
@ExtendWith(SandboxExtension.class)
class OutboxRelayIT {

  private final KafkaBroker kafka;
  private final HikariDataSource pool;
  private final PostgresOutbox outbox;
  private final RelayClients clients;
  private final MeterRegistry registry = new SimpleMeterRegistry();

  OutboxRelayIT(KafkaBroker kafka, Postgres postgres) throws Exception {
    this.kafka = kafka;
    this.pool =
        PostgresPools.create(
            "relay-it",
            postgres.jdbcUrl(),
            postgres.user(),
            postgres.password(),
            2,
            Duration.ofSeconds(5));
    LedgerMigrations.migrate(pool);
    try (Connection connection = pool.getConnection();
        var statement = connection.createStatement()) {
      statement.execute("TRUNCATE responder.outbox");
    }
    this.outbox = new PostgresOutbox(pool);
    this.clients =
        new RelayClients(
            (String) kafka.clientProperties().get("bootstrap.servers"),
            "relay-it-" + UUID.randomUUID());
  }

  @AfterEach
  void close() {
    pool.close();
  }

  /** Thrown at the crash point, as if the process died there. */
  private static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void shouldPublishEachOutcomeOnceWhenTheRelayDiesBetweenTheCommitAndTheMark() throws Exception {
    List<String> ids = outcomesInOutbox(5);
    try (OutboxRelay first = relay(2, OutboxRelay.CrashPoint.NONE)) {
      assertThat(first.publishPending()).isEqualTo(2);
    }
    OutboxRelay crashing = relay(2, crashAt(OutboxRelay.Checkpoint.COMMITTED));
    assertThatThrownBy(crashing::publishPending).isInstanceOf(Crash.class);
    assertThat(copiesOnTopic(ids)).as("the crashed batch is on Kafka").hasSize(4);
    assertThat(unpublished()).as("2 committed but not marked, 1 never sent").isEqualTo(3);

    OutboxRelay restarted = relay(2, OutboxRelay.CrashPoint.NONE);
    drain(restarted);

    assertThat(copiesOnTopic(ids))
        .containsOnlyKeys(ids)
        .allSatisfy((id, n) -> assertThat(n).isOne());
    assertThat(unpublished()).isZero();
    assertThat(outcomesCounted()).as("counted at commit, not again when read back").isEqualTo(5);
  }

  @Test
  void shouldPublishEachOutcomeOnceWhenTheRelayDiesWithItsTransactionOpen() throws Exception {
    List<String> ids = outcomesInOutbox(3);
    OutboxRelay crashing = relay(10, crashAt(OutboxRelay.Checkpoint.SENT));
    assertThatThrownBy(crashing::publishPending).isInstanceOf(Crash.class);

    OutboxRelay restarted = relay(10, OutboxRelay.CrashPoint.NONE);
    drain(restarted);

    assertThat(copiesOnTopic(ids))
        .containsOnlyKeys(ids)
        .allSatisfy((id, n) -> assertThat(n).isOne());
    assertThat(unpublished()).isZero();
    assertThat(outcomesCounted()).as("the aborted transaction is not counted").isEqualTo(3);
  }

  private OutboxRelay relay(int batchSize, OutboxRelay.CrashPoint crashPoint) {
    return new OutboxRelay(outbox, clients, Clock.systemUTC(), batchSize, crashPoint, registry);
  }

  private double outcomesCounted() {
    return registry.find(OutcomeMeters.NAME).counters().stream().mapToDouble(Counter::count).sum();
  }

  private static OutboxRelay.CrashPoint crashAt(OutboxRelay.Checkpoint at) {
    return checkpoint -> {
      if (checkpoint == at) {
        throw new Crash();
      }
    };
  }

  private static void drain(OutboxRelay relay) throws InterruptedException {
    try (relay) {
      while (relay.publishPending() > 0) {
        // until the outbox is empty
      }
    }
  }

  private List<String> outcomesInOutbox(int count) {
    String incident = "INC-RELAY-" + UUID.randomUUID().toString().substring(0, 8);
    List<Outbound> messages =
        IntStream.range(0, count).mapToObj(i -> Outbound.outcome(outcome(incident, i))).toList();
    new PostgresLedger(pool).emit(messages, Instant.now());
    return messages.stream().map(Outbound::messageId).toList();
  }

  private static RemediationOutcome outcome(String incident, int step) {
    Instant now = Instant.now();
    return RemediationOutcome.newBuilder()
        .setOutcomeId(incident + "#step-" + step)
        .setIncidentId(incident)
        .setRunbookId("api-unresponsive")
        .setStep("step-" + step)
        .setKind(OutcomeKind.CHECK)
        .setOperation("http.health")
        .setTarget("https://crm-api.crm.example/health")
        .setStatus(OutcomeStatus.SUCCEEDED)
        .setReason(OutcomeReason.COMPLETED)
        .setEvidence(new Evidence(Map.of(), List.of()))
        .setStartedAt(now)
        .setFinishedAt(now)
        .setCatalogVersion("2026.11.1")
        .setActionKey(incident + "/step-" + step)
        .build();
  }

  private int unpublished() throws Exception {
    try (Connection connection = pool.getConnection();
        var statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT count(*) FROM responder.outbox WHERE published_at IS NULL")) {
      row.next();
      return row.getInt(1);
    }
  }

  /** How many committed copies of each of these message ids the outcomes topic holds. */
  private Map<String, Integer> copiesOnTopic(List<String> ids) {
    Map<String, Object> props = new HashMap<>(kafka.clientProperties());
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Map<String, Integer> copies = new HashMap<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      consumer
          .partitionsFor(Topics.OUTCOMES.name())
          .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          Header header = record.headers().lastHeader(OutboxRelay.MESSAGE_ID_HEADER);
          String id = header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
          if (ids.contains(id)) {
            copies.merge(id, 1, Integer::sum);
          }
        }
      }
    }
    return copies;
  }
}
