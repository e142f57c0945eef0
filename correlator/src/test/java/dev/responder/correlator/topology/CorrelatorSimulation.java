package dev.responder.correlator.topology;

import dev.responder.correlator.domain.Disposition;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.IncidentEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One seeded run of the correlator's real topology in virtual time: every choice (which alert
 * fires, HA copies, late deliveries, commands, crashes, clock jumps) comes from one {@link Random},
 * so a seed replays the same run exactly. After every step the {@link SimulationInvariants} are
 * checked; the first violation ends the run with the steps that led to it.
 */
final class CorrelatorSimulation implements AutoCloseable {

  static final Instant START = Instant.parse("2026-11-27T14:00:00Z");

  /**
   * The alerts the schedule draws from: two groups share the backend scope, where a P1 inhibits.
   */
  private static final Map<String, Map<String, String>> SOURCES = new LinkedHashMap<>();

  static {
    SOURCES.put("fp-api-1", labels("ApiUnresponsive", "crm-backend", "pod-1"));
    SOURCES.put("fp-api-2", labels("ApiUnresponsive", "crm-backend", "pod-2"));
    SOURCES.put("fp-worker-1", labels("WorkerQueueStuck", "crm-worker", "pod-3"));
    SOURCES.put("fp-worker-2", labels("WorkerQueueStuck", "crm-backend", "pod-4"));
    SOURCES.put("fp-lag-1", labels("EventProcessingLag", "crm-worker", "pod-5"));
    SOURCES.put("fp-disk-1", labels("DiskFull", "crm-worker", "pod-6"));
  }

  private final long seed;
  private final Random random;
  private final Path stateRoot;
  private final SimulatedParticipant participant;
  private final SimulationInvariants invariants = new SimulationInvariants();
  private final ChangelogSnapshot changelog = new ChangelogSnapshot();
  private final Map<String, Alert> firing = new LinkedHashMap<>();
  private final List<Alert> held = new ArrayList<>();
  private final Deque<Command> pendingCommands = new ArrayDeque<>();
  private final List<String> trace = new ArrayList<>();
  private CorrelatorDriver correlator;
  private Instant now = START;
  private int restarts;
  private int silences;

  CorrelatorSimulation(long seed, Path stateRoot) {
    this.seed = seed;
    this.random = new Random(seed);
    this.stateRoot = stateRoot;
    this.participant = new OnCallEngineer(random);
    this.correlator = new CorrelatorDriver(stateDir(), now);
  }

  /** Runs {@code steps} steps; returns the first violation with the trace, or null. */
  String run(int steps) {
    for (int step = 0; step < steps; step++) {
      String what = step();
      trace.add(step + ": " + what);
      List<String> violations = new ArrayList<>(invariants.violations());
      violations.addAll(participant.violations());
      if (!violations.isEmpty()) {
        return "seed "
            + seed
            + " broke at step "
            + step
            + ": "
            + String.join("; ", violations)
            + "\nreplay: mvn -B -pl correlator -am test -Dtest=CorrelatorSimulationTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dsimulation.seed="
            + seed
            + " -Dsimulation.steps="
            + steps
            + "\nsteps:\n"
            + String.join("\n", trace);
      }
    }
    return null;
  }

  private String step() {
    int roll = random.nextInt(100);
    if (roll < 25) {
      return fire();
    } else if (roll < 35) {
      return resend();
    } else if (roll < 47) {
      return resolve();
    } else if (roll < 52) {
      return deliverHeld();
    } else if (roll < 60) {
      return deliverCommand();
    } else if (roll < 66) {
      return operatorCommand();
    } else if (roll < 70) {
      return silence();
    } else if (roll < 92) {
      return advance();
    } else if (roll < 95) {
      return garbage();
    } else if (roll < 97) {
      return jump();
    }
    // A restart opens every RocksDB store again, the costliest step by far: about one a run.
    return random.nextInt(2) == 0 ? restart() : advance();
  }

  private String fire() {
    String fingerprint = pick(new ArrayList<>(SOURCES.keySet()));
    Alert alert = firing.get(fingerprint);
    if (alert == null) {
      Instant startsAt = now.minusSeconds(random.nextInt(120));
      alert = alert(fingerprint, AlertStatus.FIRING, startsAt, now);
      firing.put(fingerprint, alert);
    }
    Alert sent = Alert.newBuilder(alert).setReceivedAt(now).build();
    receive(sent);
    if (random.nextBoolean()) {
      // The other Alertmanager of the HA pair: the same alert, a moment later, sometimes with its
      // own startsAt.
      Instant startsAt =
          sent.getStartsAt().plusMillis(random.nextBoolean() ? 0 : 1 + random.nextInt(900));
      receive(
          Alert.newBuilder(sent).setStartsAt(startsAt).setReceivedAt(now.plusMillis(40)).build());
      return "fire " + fingerprint + " with its HA copy";
    }
    if (random.nextInt(4) == 0) {
      held.add(sent);
    }
    return "fire " + fingerprint;
  }

  private String resend() {
    if (firing.isEmpty()) {
      return advance();
    }
    String fingerprint = pick(new ArrayList<>(firing.keySet()));
    receive(Alert.newBuilder(firing.get(fingerprint)).setReceivedAt(now).build());
    return "resend " + fingerprint;
  }

  private String resolve() {
    if (firing.isEmpty()) {
      return fire();
    }
    String fingerprint = pick(new ArrayList<>(firing.keySet()));
    Alert alert = firing.remove(fingerprint);
    Alert resolved =
        Alert.newBuilder(alert)
            .setStatus(AlertStatus.RESOLVED)
            .setEndsAt(now)
            .setReceivedAt(now)
            .build();
    receive(resolved);
    if (random.nextInt(3) == 0) {
      held.add(resolved);
    }
    return "resolve " + fingerprint;
  }

  /** A delivery that was held back arrives now, after what was sent since: a reordering. */
  private String deliverHeld() {
    if (held.isEmpty()) {
      return resend();
    }
    Alert late = held.remove(random.nextInt(held.size()));
    receive(late);
    return "late " + late.getStatus() + " " + late.getFingerprint() + " of " + late.getReceivedAt();
  }

  private String deliverCommand() {
    if (pendingCommands.isEmpty()) {
      return advance();
    }
    Command command = pendingCommands.poll();
    command(command);
    return "on-call " + command.getType() + " " + command.getIncidentId();
  }

  private String operatorCommand() {
    List<String> live = invariants.liveIncidents(correlator);
    if (live.isEmpty()) {
      return fire();
    }
    String incidentId = pick(live);
    CommandType type =
        pick(List.of(CommandType.RESOLVE, CommandType.ESCALATE, CommandType.ACKNOWLEDGE));
    command(
        Command.newBuilder()
            .setCommandId("op-" + trace.size())
            .setType(type)
            .setIssuedAt(now)
            .setAuthor("alice")
            .setIncidentId(incidentId)
            .build());
    return "operator " + type + " " + incidentId;
  }

  private String silence() {
    if (silences > 0 && random.nextBoolean()) {
      String silenceId = "silence-" + random.nextInt(silences);
      command(Commands.unsilence(silenceId, now));
      return "unsilence " + silenceId;
    }
    String silenceId = "silence-" + silences++;
    String alertname = pick(List.of("ApiUnresponsive", "WorkerQueueStuck", "EventProcessingLag"));
    Instant until = now.plus(Duration.ofMinutes(5 + random.nextInt(60)));
    command(Commands.silenceAlertname(silenceId, alertname, now, until));
    return "silence " + alertname + " until " + until;
  }

  /** Time passes: the wall clock and the senders' clocks move together. */
  private String advance() {
    Duration by =
        pick(
            List.of(
                Duration.ofSeconds(1),
                Duration.ofSeconds(10),
                Duration.ofMinutes(5),
                Duration.ofMinutes(20)));
    advanceBy(by);
    return "advance " + by;
  }

  /** A jump: a paused VM, a stopped process, a long quiet night. */
  private String jump() {
    Duration by = pick(List.of(Duration.ofHours(2), Duration.ofHours(13), Duration.ofHours(26)));
    advanceBy(by);
    return "jump " + by;
  }

  private void advanceBy(Duration by) {
    now = now.plus(by);
    correlator.advanceWallClock(by);
    collect();
    invariants.afterWallClock(correlator, now, by);
  }

  /** The correlator crashes and a new task restores its stores from their changelogs. */
  private String restart() {
    changelog.capture(correlator.testDriver());
    changelog.capturePositions(correlator.testDriver());
    correlator.close();
    correlator = new CorrelatorDriver(stateDir(), now);
    changelog.restoreInto(correlator.testDriver());
    participant.restart();
    invariants.afterRestart(correlator);
    return "restart " + restarts;
  }

  private String garbage() {
    byte[] bytes = new byte[1 + random.nextInt(40)];
    random.nextBytes(bytes);
    Map<Disposition, Long> before = counts();
    correlator.receiveBytes("garbage", bytes);
    collect();
    invariants.afterAlert(correlator, null, delta(before));
    return "garbage of " + bytes.length + " bytes";
  }

  private void receive(Alert alert) {
    Map<Disposition, Long> before = counts();
    correlator.receive(alert);
    collect();
    invariants.afterAlert(correlator, alert, delta(before));
  }

  private void command(Command command) {
    correlator.command(command);
    collect();
    invariants.afterCommand(correlator);
  }

  /** Reads the events of the step, shows them to the participant and the invariants. */
  private void collect() {
    List<IncidentEvent> events = correlator.events();
    for (IncidentEvent event : events) {
      invariants.onEvent(event);
      pendingCommands.addAll(participant.onEvent(event, now));
    }
    changelog.capture(correlator.testDriver());
  }

  private Map<Disposition, Long> counts() {
    Map<Disposition, Long> counts = new EnumMap<>(Disposition.class);
    for (Disposition disposition : Disposition.values()) {
      counts.put(disposition, correlator.dispositions.count(disposition));
    }
    return counts;
  }

  private Map<Disposition, Long> delta(Map<Disposition, Long> before) {
    Map<Disposition, Long> delta = new EnumMap<>(Disposition.class);
    counts()
        .forEach(
            (disposition, count) -> {
              long added = count - before.get(disposition);
              if (added != 0) {
                delta.put(disposition, added);
              }
            });
    return delta;
  }

  private Path stateDir() {
    try {
      return Files.createDirectories(stateRoot.resolve("seed-" + seed + "-run-" + restarts++));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static Alert alert(String fingerprint, AlertStatus status, Instant startsAt, Instant at) {
    return Alert.newBuilder()
        .setFingerprint(fingerprint)
        .setStatus(status)
        .setSource(AlertSource.ALERTMANAGER)
        .setLabels(SOURCES.get(fingerprint))
        .setStartsAt(startsAt)
        .setReceivedAt(at)
        .setRequestId("req-" + fingerprint)
        .build();
  }

  private static Map<String, String> labels(String alertname, String service, String pod) {
    return Map.of("alertname", alertname, "namespace", "crm", "service", service, "pod", pod);
  }

  @Override
  public void close() {
    correlator.close();
  }
}
