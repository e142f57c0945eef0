package dev.responder.correlator.topology;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.domain.AlertClassifier;
import dev.responder.correlator.domain.Heartbeats;
import dev.responder.correlator.domain.InhibitRules;
import dev.responder.correlator.domain.ResponsePolicy;
import dev.responder.correlator.domain.SeverityRules;
import dev.responder.correlator.testing.AlertnameClassifier;
import dev.responder.correlator.testing.TestInhibitRules;
import dev.responder.correlator.testing.WeekdayPolicy;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.RemediationOutcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The correlator's real topology and Streams configuration on a TopologyTestDriver, with the shared
 * serdes and topic names, a small catalog and a controllable wall clock.
 */
final class CorrelatorDriver implements AutoCloseable {

  static final Duration FLAP_WINDOW = Duration.ofMinutes(30);
  static final Duration DEDUP_HORIZON = Duration.ofHours(12);

  final CorrelatorTopics topics = CorrelatorTopics.standard();
  final Dispositions dispositions = new Dispositions(new SimpleMeterRegistry());
  private final TopologyTestDriver driver;
  private final TestInputTopic<String, Alert> alerts;
  private final TestInputTopic<String, byte[]> rawAlerts;
  private final TestInputTopic<String, Command> commands;
  private final TestInputTopic<String, RemediationOutcome> outcomes;
  private final TestOutputTopic<String, IncidentEvent> events;
  private final TestOutputTopic<String, Incident> incidents;
  private final TestOutputTopic<String, byte[]> deadLetters;

  CorrelatorDriver(Path stateDir, Instant wallClock) {
    this(
        stateDir,
        wallClock,
        new AlertnameClassifier(),
        new WeekdayPolicy(),
        SeverityRules.NONE,
        TestInhibitRules.P1_MUTES_ITS_SCOPE);
  }

  CorrelatorDriver(
      Path stateDir,
      Instant wallClock,
      AlertClassifier classifier,
      ResponsePolicy policy,
      SeverityRules severityRules,
      InhibitRules inhibitRules) {
    this(stateDir, wallClock, classifier, policy, severityRules, inhibitRules, Heartbeats.NONE);
  }

  CorrelatorDriver(
      Path stateDir,
      Instant wallClock,
      AlertClassifier classifier,
      ResponsePolicy policy,
      SeverityRules severityRules,
      InhibitRules inhibitRules,
      Heartbeats heartbeats) {
    CorrelatorConfig config =
        CorrelatorConfig.fromMap(
            Map.of(
                CorrelatorConfig.BOOTSTRAP, "unused:9092",
                CorrelatorConfig.STATE_DIR, stateDir.toString(),
                CorrelatorConfig.FLAP_WINDOW, FLAP_WINDOW.toString(),
                CorrelatorConfig.DEDUP_HORIZON, DEDUP_HORIZON.toString()));
    Properties props = CorrelatorTopology.streamsProperties(config, topics, dispositions);
    driver =
        new TopologyTestDriver(
            CorrelatorTopology.buildTopology(
                topics,
                classifier,
                policy,
                severityRules,
                inhibitRules,
                heartbeats,
                config,
                dispositions),
            props,
            wallClock);
    alerts =
        driver.createInputTopic(
            topics.alerts().name(),
            topics.alerts().keys().serializer(),
            topics.alerts().values().serializer());
    rawAlerts =
        driver.createInputTopic(
            topics.alerts().name(), new StringSerializer(), new ByteArraySerializer());
    commands =
        driver.createInputTopic(
            topics.commands().name(),
            topics.commands().keys().serializer(),
            topics.commands().values().serializer());
    outcomes =
        driver.createInputTopic(
            topics.outcomes().name(),
            topics.outcomes().keys().serializer(),
            topics.outcomes().values().serializer());
    events =
        driver.createOutputTopic(
            topics.incidentEvents().name(),
            topics.incidentEvents().keys().deserializer(),
            topics.incidentEvents().values().deserializer());
    incidents =
        driver.createOutputTopic(
            topics.incidents().name(),
            topics.incidents().keys().deserializer(),
            topics.incidents().values().deserializer());
    deadLetters =
        driver.createOutputTopic(
            topics.deadLetters(), new StringDeserializer(), new ByteArrayDeserializer());
  }

  /** The driver with the small test catalog, watching {@code heartbeats}. */
  static CorrelatorDriver watching(Path stateDir, Instant wallClock, Heartbeats heartbeats) {
    return new CorrelatorDriver(
        stateDir,
        wallClock,
        new AlertnameClassifier(),
        new WeekdayPolicy(),
        SeverityRules.NONE,
        TestInhibitRules.P1_MUTES_ITS_SCOPE,
        heartbeats);
  }

  /** The driver with the ports of a catalog file (the shipped one: {@code runbooks/crm.yaml}). */
  static CorrelatorDriver withCatalog(Path stateDir, Instant wallClock, Path catalog) {
    CatalogPorts ports = CatalogPorts.load(catalog);
    return new CorrelatorDriver(
        stateDir,
        wallClock,
        ports.classifier(),
        ports.policy(),
        ports.severityRules(),
        ports.inhibitRules(),
        ports.heartbeats());
  }

  void receive(Alert... received) {
    for (Alert alert : received) {
      alerts.pipeInput(alert.getFingerprint(), alert);
    }
  }

  void receiveBytes(String key, byte[] value) {
    rawAlerts.pipeInput(key, value);
  }

  /** A null value on the commands topic (the serializer passes null through). */
  void commandTombstone(String key) {
    commands.pipeInput(key, null);
  }

  void command(Command command) {
    String key = command.getIncidentId() != null ? command.getIncidentId() : command.getCommandId();
    commands.pipeInput(key, command);
  }

  /** An outcome the remediator published, keyed by its incident id as on the real topic. */
  void outcome(RemediationOutcome outcome) {
    outcomes.pipeInput(outcome.getIncidentId(), outcome);
  }

  void advanceWallClock(Duration duration) {
    driver.advanceWallClockTime(duration);
  }

  List<IncidentEvent> events() {
    return events.readValuesToList();
  }

  Map<String, Incident> latestIncidents() {
    return incidents.readKeyValuesToMap();
  }

  /** One of the topology's key-value stores, as the lifecycle left it. */
  <V> KeyValueStore<String, V> store(String name) {
    return driver.getKeyValueStore(name);
  }

  /** The records written to the dead-letter topic by the topology's own sinks, with headers. */
  List<TestRecord<String, byte[]>> deadLetters() {
    return deadLetters.readRecordsToList();
  }

  /** A command written straight into the silences store, as an older version could have kept it. */
  void plantSilence(Command silence) {
    KeyValueStore<String, Command> store = driver.getKeyValueStore("correlator-silences");
    store.put(silence.getSilence().getSilenceId(), silence);
  }

  /** How many entries a key-value store of the topology holds now. */
  long storedEntries(String storeName) {
    return count(driver.<String, Object>getKeyValueStore(storeName).all());
  }

  /** How many entries a window store of the topology holds now. */
  long storedWindows(String storeName) {
    return count(driver.<String, Object>getWindowStore(storeName).all());
  }

  private static long count(KeyValueIterator<?, ?> entries) {
    long count = 0;
    try (entries) {
      for (; entries.hasNext(); entries.next()) {
        count++;
      }
    }
    return count;
  }

  /** The test driver itself, for what the methods above do not cover (changelogs, raw stores). */
  TopologyTestDriver testDriver() {
    return driver;
  }

  @Override
  public void close() {
    driver.close();
  }
}
