package dev.responder.correlator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.responder.correlator.domain.Disposition;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.IncidentEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The correlator on the real broker: a killed-and-restarted run and a two-instance run must publish
 * exactly the incident events of one uninterrupted run: nothing lost, nothing duplicated.
 */
@ExtendWith(SandboxExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrelatorRecoveryIT {

  private static final int GROUPS = 500;
  private static final int ALERTS = GROUPS * AlertScript.ALERTS_PER_GROUP;
  private static final int EVENTS = GROUPS * AlertScript.EVENTS_PER_GROUP;
  private static final int GARBAGE = 5;

  /** Fire, HA duplicate, re-send: what exists of the stream when the killed instance stops. */
  private static final int FIRST_PART_STEPS = 3;

  private static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);

  private final KafkaBroker kafka;
  private final String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8);
  private final CorrelatorTopics inputs = RunTopics.inputs(prefix);
  // Event times start now, so no response deadline (P2 1 h, P3 4 h) passes during the test and
  // every event is caused by an alert: runs are comparable record for record.
  private final Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  @TempDir static Path stateRoot;
  private Map<String, List<IncidentEvent>> uninterrupted;

  CorrelatorRecoveryIT(KafkaBroker kafka) {
    this.kafka = kafka;
  }

  @BeforeAll
  void runOnceWithoutInterruption() throws Exception {
    RunTopics.create(kafka.clientProperties(), inputs);
    produce(inputs, 0, AlertScript.ALERTS_PER_GROUP);
    CorrelatorTopics topics = RunTopics.forRun(inputs, prefix + "-reference");
    RunTopics.createOutputs(kafka.clientProperties(), topics);
    try (CorrelatorRun run = start("reference", topics, "reference")) {
      uninterrupted = awaitAllEvents(topics);
      Map<Disposition, Long> counts = new EnumMap<>(Disposition.class);
      for (Disposition disposition : Disposition.values()) {
        counts.put(disposition, run.dispositions.count(disposition));
      }
      assertThat(counts)
          .as("one disposition per input record")
          .containsEntry(Disposition.DEAD_LETTERED, (long) GARBAGE)
          .containsEntry(Disposition.DUPLICATE, 2L * GROUPS)
          .containsEntry(Disposition.OPENED, 2L * GROUPS)
          .containsEntry(Disposition.JOINED, 2L * GROUPS);
      assertThat(counts.values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(ALERTS + GARBAGE);
    }
    assertThat(uninterrupted).hasSize(GROUPS);
  }

  @Test
  void shouldPublishExactlyTheUninterruptedEventsWhenKilledMidStream() throws Exception {
    // Inputs of its own, produced in two parts: the first instance is closed (without cleanup)
    // once a tenth of the events are committed and before the second part exists, so it is
    // certainly stopped in the middle of the stream, however fast it runs.
    CorrelatorTopics killedInputs = RunTopics.inputs(prefix + "-kill");
    RunTopics.create(kafka.clientProperties(), killedInputs);
    CorrelatorTopics topics = RunTopics.forRun(killedInputs, prefix + "-killed");
    RunTopics.createOutputs(kafka.clientProperties(), topics);
    produce(killedInputs, 0, FIRST_PART_STEPS);

    try (CorrelatorRun first = start("killed", topics, "killed");
        CommittedRecords<String, IncidentEvent> events = reader(topics)) {
      await().atMost(RUN_TIMEOUT).until(() -> events.poll().size() >= EVENTS / 10);
    }
    produce(killedInputs, FIRST_PART_STEPS, AlertScript.ALERTS_PER_GROUP);
    try (CorrelatorRun restarted = start("killed", topics, "killed")) {
      assertThat(awaitAllEvents(topics)).isEqualTo(uninterrupted);
    }
  }

  @Test
  void shouldSplitTheWorkBetweenTwoInstancesAndPublishTheSameEvents() throws Exception {
    CorrelatorTopics topics = RunTopics.forRun(inputs, prefix + "-pair");
    RunTopics.createOutputs(kafka.clientProperties(), topics);

    try (CorrelatorRun one = start("pair", topics, "pair-one");
        CorrelatorRun two = start("pair", topics, "pair-two")) {
      await()
          .atMost(RUN_TIMEOUT)
          .until(
              () ->
                  one.isRunning()
                      && two.isRunning()
                      && one.activeTasks() > 0
                      && two.activeTasks() > 0);
      assertThat(awaitAllEvents(topics)).isEqualTo(uninterrupted);
    }
  }

  @Test
  void shouldSendGarbageToTheDeadLetterTopicWithTheReason() {
    CorrelatorTopics topics = RunTopics.forRun(inputs, prefix + "-reference");
    try (CommittedRecords<byte[], byte[]> letters =
        new CommittedRecords<>(
            kafka.clientProperties(),
            topics.deadLetters(),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      await().atMost(RUN_TIMEOUT).until(() -> letters.poll().size() >= GARBAGE);
      ConsumerRecord<byte[], byte[]> letter = letters.poll().get(0);
      assertThat(new String(letter.value(), StandardCharsets.UTF_8)).startsWith("garbage-");
      assertThat(
              new String(
                  letter.headers().lastHeader("responder.dlq.reason").value(),
                  StandardCharsets.UTF_8))
          .isEqualTo("NOT_SINGLE_OBJECT_ENCODING");
      assertThat(letters.poll()).hasSize(GARBAGE);
    }
  }

  private CorrelatorRun start(String application, CorrelatorTopics topics, String instance)
      throws Exception {
    Path stateDir = Files.createDirectories(stateRoot.resolve(instance));
    return new CorrelatorRun(
        kafka.bootstrapServers(), prefix + "-" + application, stateDir, topics);
  }

  private CommittedRecords<String, IncidentEvent> reader(CorrelatorTopics topics) {
    return new CommittedRecords<>(
        kafka.clientProperties(),
        topics.incidentEvents().name(),
        new StringDeserializer(),
        topics.incidentEvents().values().deserializer());
  }

  /** Waits for every expected event, checks no more follow, and groups them by incident. */
  private Map<String, List<IncidentEvent>> awaitAllEvents(CorrelatorTopics topics) {
    try (CommittedRecords<String, IncidentEvent> events = reader(topics)) {
      await().atMost(RUN_TIMEOUT).until(() -> events.poll().size() >= EVENTS);
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(5))
          .until(() -> events.poll().size() == EVENTS);
      Map<String, List<IncidentEvent>> byIncident = new LinkedHashMap<>();
      for (ConsumerRecord<String, IncidentEvent> record : events.poll()) {
        byIncident.computeIfAbsent(record.key(), id -> new ArrayList<>()).add(record.value());
      }
      return byIncident;
    }
  }

  /**
   * Produces steps {@code from} (inclusive) to {@code to} (exclusive) of the script, the garbage
   * records after step 0, and fails unless the broker acknowledged each record.
   */
  private void produce(CorrelatorTopics target, int from, int to) throws Exception {
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    Map<String, Object> props = new LinkedHashMap<>(kafka.clientProperties());
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    String topic = target.alerts().name();
    try (KafkaProducer<String, Alert> producer =
            new KafkaProducer<>(
                props, target.alerts().keys().serializer(), target.alerts().values().serializer());
        KafkaProducer<String, byte[]> raw =
            new KafkaProducer<>(
                props, target.alerts().keys().serializer(), new ByteArraySerializer())) {
      for (int step = from; step < to; step++) {
        for (Alert alert : AlertScript.step(step, GROUPS, base)) {
          sent.add(producer.send(new ProducerRecord<>(topic, alert.getFingerprint(), alert)));
        }
        // Each step is on the broker before the next is sent, so steps stay in order.
        producer.flush();
        if (step == 0) {
          for (int i = 0; i < GARBAGE; i++) {
            byte[] garbage = ("garbage-" + i).getBytes(StandardCharsets.UTF_8);
            sent.add(raw.send(new ProducerRecord<>(topic, "fp-" + i, garbage)));
          }
          raw.flush();
        }
      }
    }
    for (Future<RecordMetadata> delivery : sent) {
      delivery.get(30, TimeUnit.SECONDS);
    }
  }
}
