package dev.responder.correlator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.responder.correlator.domain.Disposition;
import dev.responder.correlator.domain.Heartbeats;
import dev.responder.correlator.testing.Alerts;
import dev.responder.correlator.testing.TestHeartbeats;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The silence of a source on the real broker and wall clock: once the Watchdog stops arriving, the
 * correlator publishes a P1 "heartbeat lost" incident by itself (no input record causes it), and
 * the next Watchdog resolves it.
 */
@ExtendWith(SandboxExtension.class)
class HeartbeatIT {

  // Far below the catalog's one-minute floor, which the domain does not impose, to keep this short.
  private static final Duration MISSING_AFTER = Duration.ofSeconds(3);
  private static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);
  private static final Heartbeats WATCHDOG = TestHeartbeats.watchdog(MISSING_AFTER);

  private final KafkaBroker kafka;
  private final String prefix = "hb-" + UUID.randomUUID().toString().substring(0, 8);
  @TempDir Path stateDir;

  HeartbeatIT(KafkaBroker kafka) {
    this.kafka = kafka;
  }

  @Test
  void shouldPageWhenTheWatchdogFallsSilentAndResolveWhenItIsBack() throws Exception {
    CorrelatorTopics inputs = RunTopics.inputs(prefix);
    RunTopics.create(kafka.clientProperties(), inputs);
    CorrelatorTopics topics = RunTopics.forRun(inputs, prefix + "-run");
    RunTopics.createOutputs(kafka.clientProperties(), topics);
    Instant firedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Alert watchdog = Alerts.firing("watchdog", firedAt, Map.of("alertname", "Watchdog"));

    try (CorrelatorRun run =
            new CorrelatorRun(
                kafka.bootstrapServers(), prefix + "-app", stateDir, topics, WATCHDOG);
        KafkaProducer<String, Alert> producer = producer(topics);
        CommittedRecords<String, IncidentEvent> events =
            CommittedRecords.incidentEvents(kafka.clientProperties(), topics)) {
      Instant lastBeat = Instant.now();
      send(producer, topics, Alert.newBuilder(watchdog).setReceivedAt(lastBeat).build());
      await().atMost(RUN_TIMEOUT).until(() -> run.dispositions.count(Disposition.HEARTBEAT) >= 1);

      // Then the source falls silent.
      IncidentEvent opened =
          await()
              .atMost(RUN_TIMEOUT)
              .until(() -> first(events, IncidentEventType.OPENED), Optional::isPresent)
              .get();
      assertThat(opened.getIncident().getTitle()).isEqualTo("heartbeat lost: alertmanager");
      assertThat(opened.getIncident().getSeverity()).isEqualTo(Severity.P1);
      // Not before the window ended: opened by the wall-clock punctuation, not by a record.
      assertThat(opened.getOccurredAt()).isAfterOrEqualTo(lastBeat.plus(MISSING_AFTER));
      assertThat(run.dispositions.count(Disposition.OPENED)).isZero();

      send(producer, topics, Alert.newBuilder(watchdog).setReceivedAt(Instant.now()).build());
      IncidentEvent resolved =
          await()
              .atMost(RUN_TIMEOUT)
              .until(() -> first(events, IncidentEventType.RESOLVED), Optional::isPresent)
              .get();
      assertThat(resolved.getIncidentId()).isEqualTo(opened.getIncidentId());
      assertThat(run.dispositions.count(Disposition.HEARTBEAT)).isEqualTo(2);
    }
  }

  private static Optional<IncidentEvent> first(
      CommittedRecords<String, IncidentEvent> events, IncidentEventType type) {
    return events.poll().stream()
        .map(ConsumerRecord::value)
        .filter(event -> event.getType() == type)
        .findFirst();
  }

  private KafkaProducer<String, Alert> producer(CorrelatorTopics topics) {
    Map<String, Object> props = new java.util.HashMap<>(kafka.clientProperties());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(
        props, topics.alerts().keys().serializer(), topics.alerts().values().serializer());
  }

  /** Sends one beat and fails unless the broker acknowledged it. */
  private static void send(
      KafkaProducer<String, Alert> producer, CorrelatorTopics topics, Alert alert)
      throws Exception {
    producer
        .send(new ProducerRecord<>(topics.alerts().name(), alert.getFingerprint(), alert))
        .get();
  }
}
