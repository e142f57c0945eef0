package dev.responder.console.replay;

import dev.responder.console.projection.AuditTopics;
import dev.responder.console.projection.ProgressListener;
import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.correlator.topology.CorrelatorTopology;
import dev.responder.correlator.topology.Dispositions;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.RemediationOutcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The correlator's real topology and Streams configuration on a TopologyTestDriver: recorded
 * alerts, commands and check outcomes go in by event time, and the driver's wall clock follows the
 * recorded timestamps, so deadlines and escalations fall due as they did live. Commands and check
 * outcomes name live incidents; they reach the incident the replay opened for the same opening
 * alert. State lives in a temporary directory that is deleted afterwards; nothing is written to
 * Kafka.
 */
public final class OfflineCorrelator {

  private final CatalogPorts catalog;
  private final Map<String, String> openingByLiveId;

  public OfflineCorrelator(CatalogPorts catalog) {
    this(catalog, Map.of());
  }

  /**
   * @param openingByLiveId the opening alert ({@code fingerprint@startsAt}) of each live incident:
   *     incident ids come from where the opening alert was read, which the driver does not
   *     reproduce, so a command or check outcome naming a live incident is given the id of the
   *     incident the replay opened for the same alert (and one the replay never opened reaches
   *     none)
   */
  public OfflineCorrelator(CatalogPorts catalog, Map<String, String> openingByLiveId) {
    this.catalog = catalog;
    this.openingByLiveId = Map.copyOf(openingByLiveId);
  }

  /**
   * Replays the inputs up to {@code end} and returns every incident event the topology produced.
   *
   * @param end the wall-clock time the replay runs to after the last input (deadlines due by then
   *     escalate)
   */
  public List<IncidentEvent> replay(
      List<Recorded<Alert>> alerts,
      List<Recorded<Command>> commands,
      List<Recorded<RemediationOutcome>> outcomes,
      Instant end,
      ProgressListener progress) {
    List<Recorded<?>> inputs = inOrder(alerts, commands, outcomes, end);
    Path stateDir = temporaryDirectory();
    try {
      return run(inputs, end, stateDir, progress);
    } finally {
      deleteRecursively(stateDir);
    }
  }

  private List<IncidentEvent> run(
      List<Recorded<?>> inputs, Instant end, Path stateDir, ProgressListener progress) {
    CorrelatorTopics topics = AuditTopics.standard().correlatorTopics();
    CorrelatorConfig config =
        CorrelatorConfig.fromMap(
            Map.of(
                CorrelatorConfig.BOOTSTRAP, "replay.invalid:9092",
                CorrelatorConfig.APPLICATION_ID, "responder-replay",
                CorrelatorConfig.STATE_DIR, stateDir.toString()));
    Dispositions dispositions = new Dispositions(new SimpleMeterRegistry());
    Instant start = inputs.isEmpty() ? end : inputs.get(0).eventTime();
    try (TopologyTestDriver driver =
        new TopologyTestDriver(
            CorrelatorTopology.buildTopology(
                topics,
                catalog.classifier(),
                catalog.policy(),
                catalog.severityRules(),
                catalog.inhibitRules(),
                // As live: a heartbeat is recorded, never an unclassified incident of its own.
                catalog.heartbeats(),
                config,
                dispositions),
            CorrelatorTopology.streamsProperties(config, topics, dispositions),
            start)) {
      TestInputTopic<String, Alert> alertTopic =
          driver.createInputTopic(
              topics.alerts().name(),
              topics.alerts().keys().serializer(),
              topics.alerts().values().serializer());
      TestInputTopic<String, Command> commandTopic =
          driver.createInputTopic(
              topics.commands().name(),
              topics.commands().keys().serializer(),
              topics.commands().values().serializer());
      TestInputTopic<String, RemediationOutcome> outcomeTopic =
          driver.createInputTopic(
              topics.outcomes().name(),
              topics.outcomes().keys().serializer(),
              topics.outcomes().values().serializer());
      TestOutputTopic<String, IncidentEvent> events =
          driver.createOutputTopic(
              topics.incidentEvents().name(),
              topics.incidentEvents().keys().deserializer(),
              topics.incidentEvents().values().deserializer());
      WallClock clock = new WallClock(driver, start);
      List<IncidentEvent> produced = new ArrayList<>();
      long done = 0;
      Map<String, String> replayIdByOpening = new HashMap<>();
      for (Recorded<?> input : inputs) {
        clock.advanceTo(input.eventTime());
        if (input.value() instanceof Alert alert) {
          alertTopic.pipeInput(input.key(), alert, input.eventTime());
        } else if (input.value() instanceof Command command) {
          Command named =
              command.getIncidentId() == null
                  ? command
                  : Command.newBuilder(command)
                      .setIncidentId(replayId(command.getIncidentId(), replayIdByOpening))
                      .build();
          commandTopic.pipeInput(input.key(), named, input.eventTime());
        } else if (input.value() instanceof RemediationOutcome outcome) {
          String id = replayId(outcome.getIncidentId(), replayIdByOpening);
          outcomeTopic.pipeInput(
              id,
              RemediationOutcome.newBuilder(outcome).setIncidentId(id).build(),
              input.eventTime());
        }
        produced.addAll(remembered(events.readValuesToList(), replayIdByOpening));
        progress.progress(++done, inputs.size());
      }
      clock.advanceTo(end);
      produced.addAll(events.readValuesToList());
      return produced;
    }
  }

  private String replayId(String liveId, Map<String, String> replayIdByOpening) {
    String opening = openingByLiveId.get(liveId);
    if (opening == null) {
      return liveId;
    }
    // Not opened (yet) in the replay: a name no replayed incident has, so it reaches none.
    return replayIdByOpening.getOrDefault(opening, liveId + " (not in replay)");
  }

  private static List<IncidentEvent> remembered(
      List<IncidentEvent> produced, Map<String, String> replayIdByOpening) {
    for (IncidentEvent event : produced) {
      if (event.getType() == IncidentEventType.OPENED) {
        replayIdByOpening.putIfAbsent(Fates.openingOf(event.getCause()), event.getIncidentId());
      }
    }
    return produced;
  }

  private static List<Recorded<?>> inOrder(
      List<Recorded<Alert>> alerts,
      List<Recorded<Command>> commands,
      List<Recorded<RemediationOutcome>> outcomes,
      Instant end) {
    Comparator<Recorded<?>> byTime =
        Comparator.<Recorded<?>, Instant>comparing(Recorded::eventTime)
            .thenComparing(r -> r.position().topic())
            .thenComparing(r -> r.position().partition())
            .thenComparing(r -> r.position().offset());
    List<Recorded<?>> inputs = new ArrayList<>(alerts);
    inputs.addAll(commands);
    inputs.addAll(outcomes);
    inputs.removeIf(r -> r.eventTime().isAfter(end));
    inputs.sort(byTime);
    return inputs;
  }

  /** Moves the driver's wall clock forward only, so punctuation runs as the live clock did. */
  private static final class WallClock {
    private final TopologyTestDriver driver;
    private Instant now;

    WallClock(TopologyTestDriver driver, Instant start) {
      this.driver = driver;
      this.now = start;
    }

    void advanceTo(Instant time) {
      if (time.isAfter(now)) {
        driver.advanceWallClockTime(Duration.between(now, time));
        now = time;
      }
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("responder-replay-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the replay's temporary state directory", e);
    }
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + directory, e);
    }
  }
}
