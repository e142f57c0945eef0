package dev.responder.correlator.topology;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.backend;
import static dev.responder.correlator.testing.Alerts.firing;
import static dev.responder.schemas.avro.IncidentEventType.ESCALATED;
import static dev.responder.schemas.avro.IncidentEventType.RESPONSE_DEADLINE_BREACHED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.domain.Heartbeats;
import dev.responder.correlator.domain.SeverityRules;
import dev.responder.correlator.testing.AlertnameClassifier;
import dev.responder.correlator.testing.TestInhibitRules;
import dev.responder.correlator.testing.WeekdayPolicy;
import dev.responder.correlator.topology.CorrelatorInput.AlertInput;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.serde.AvroSerde;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedPunctuator;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The incident processor on its own, with its wall-clock punctuator fired by hand at chosen times
 * (Kafka's MockProcessorContext; in-memory stores stand in for the changelogged RocksDB ones).
 */
class IncidentProcessorTest {

  private static final Duration TICK = Duration.ofSeconds(10);
  private static final Duration P1_RESPONSE = Duration.ofMinutes(15);

  private final CorrelatorTopics topics = CorrelatorTopics.standard();
  private final MockProcessorContext<String, IncidentEvent> context = new MockProcessorContext<>();
  private final IncidentProcessor processor =
      new IncidentProcessor(
          new AlertnameClassifier(),
          new WeekdayPolicy(),
          SeverityRules.NONE,
          TestInhibitRules.P1_MUTES_ITS_SCOPE,
          Heartbeats.NONE,
          Duration.ofMinutes(30),
          TICK,
          Duration.ofHours(12),
          new Dispositions(new SimpleMeterRegistry()));

  @BeforeEach
  void initWithInMemoryStores() {
    addStore(StoreState.INCIDENTS, topics.incidents().values());
    addStore(StoreState.MEMBERS, AvroSerde.of(IncidentAlert.class));
    addStore(StoreState.BY_GROUP, Serdes.String());
    addStore(StoreState.INHIBIT_SOURCES, Serdes.Long());
    addStore(StoreState.INHIBIT_TARGETS, Serdes.String());
    addStore(StoreState.SILENCES, topics.commands().values());
    addStore(StoreState.CHECKS, topics.outcomes().values());
    addStore(HeartbeatStore.STORE, Serdes.String());
    WindowStore<String, Long> seen =
        Stores.windowStoreBuilder(
                Stores.inMemoryWindowStore(
                    SeenAlerts.STORE, Duration.ofHours(24), Duration.ofHours(12), false),
                Serdes.String(),
                Serdes.Long())
            .withLoggingDisabled()
            .build();
    seen.init(context.getStateStoreContext(), seen);
    context.addStateStore(seen);
    processor.init(context);
  }

  @Test
  void shouldScheduleAWallClockPunctuatorAtTheConfiguredIntervalOnInit() {
    List<CapturedPunctuator> scheduled = context.scheduledPunctuators();

    assertThat(scheduled).hasSize(1);
    assertThat(scheduled.get(0).getType()).isEqualTo(PunctuationType.WALL_CLOCK_TIME);
    assertThat(scheduled.get(0).getInterval()).isEqualTo(TICK);
  }

  @Test
  void shouldForwardNothingWhenThePunctuatorFiresBeforeTheDeadline() {
    givenAnOpenP1Incident();

    firePunctuatorAt(T0.plus(P1_RESPONSE).minusSeconds(1));

    assertThat(context.forwarded()).isEmpty();
  }

  @Test
  void shouldForwardTheBreachAndTheEscalationWhenThePunctuatorFiresPastTheDeadline() {
    String incidentId = givenAnOpenP1Incident();

    firePunctuatorAt(T0.plus(P1_RESPONSE).plusSeconds(5));

    List<Record<String, IncidentEvent>> forwarded =
        context.forwarded().stream()
            .map(
                captured ->
                    new Record<String, IncidentEvent>(
                        captured.record().key(),
                        captured.record().value(),
                        captured.record().timestamp()))
            .toList();
    assertThat(forwarded)
        .extracting(record -> record.value().getType())
        .containsExactly(RESPONSE_DEADLINE_BREACHED, ESCALATED);
    assertThat(forwarded).extracting(Record::key).containsOnly(incidentId);
    // Both happened at the deadline, not at the (later) tick, and the record times say so.
    assertThat(forwarded)
        .extracting(Record::timestamp)
        .containsOnly(T0.plus(P1_RESPONSE).toEpochMilli());
    assertThat(forwarded.get(1).value().getIncident().getEscalationLevel()).isEqualTo(1);
  }

  /** An ApiUnresponsive alert (P1: respond within 15 minutes of T0), already handled. */
  private String givenAnOpenP1Incident() {
    Alert alert = firing("fp-api", T0, backend("ApiUnresponsive"));
    long receivedAt = alert.getReceivedAt().toEpochMilli();
    context.setRecordMetadata("alerts-by-scope", 0, 0);
    context.setCurrentStreamTimeMs(receivedAt);
    processor.process(new Record<>("crm/crm-backend", new AlertInput(alert), receivedAt));
    String incidentId = context.forwarded().get(0).record().key();
    context.resetForwards();
    return incidentId;
  }

  private void firePunctuatorAt(Instant wallClock) {
    context.scheduledPunctuators().get(0).getPunctuator().punctuate(wallClock.toEpochMilli());
  }

  private <V> void addStore(String name, Serde<V> values) {
    KeyValueStore<String, V> store =
        Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
            .withLoggingDisabled()
            .build();
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
  }
}
