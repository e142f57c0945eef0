package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Watches the heartbeats: a beat refreshes the last-seen time; a heartbeat not seen for its {@code
 * missingAfter} is lost, which the monitor reports as a firing P1 alert of its own, and the next
 * beat resolves it. Those alerts go through the ordinary lifecycle, so a lost heartbeat opens,
 * escalates and pages like any P1 incident. A heartbeat is watched from its first beat on: before
 * it, no task knows it is expected.
 */
public final class HeartbeatMonitor {

  /** What a lost heartbeat's alerts are named in their labels. */
  public static final String ALERTNAME = "HeartbeatLost";

  private final Heartbeats heartbeats;
  private final HeartbeatRepository repository;

  public HeartbeatMonitor(Heartbeats heartbeats, HeartbeatRepository repository) {
    this.heartbeats = heartbeats;
    this.repository = repository;
  }

  /** A lost heartbeat's alert with where its last beat was read, to name the incident by. */
  public record Lost(Alert alert, Classification classification, long origin) {}

  /**
   * Records a beat received at {@code receivedAt}, read at {@code origin}; when the heartbeat was
   * lost, the resolution of its lost alert.
   */
  public Optional<Lost> onBeat(Heartbeats.Spec spec, Instant receivedAt, long origin) {
    Optional<HeartbeatState> before = repository.find(spec.name());
    // A late, reordered beat must not move the last-seen time back.
    Instant seen =
        before.map(HeartbeatState::lastSeen).filter(receivedAt::isBefore).orElse(receivedAt);
    repository.save(spec.name(), new HeartbeatState(seen, origin, Optional.empty()));
    return before
        .flatMap(HeartbeatState::lostSince)
        .map(
            since ->
                new Lost(
                    lostAlert(spec, AlertStatus.RESOLVED, since, receivedAt),
                    classification(spec),
                    origin));
  }

  /** The heartbeats lost by {@code now}, each reported once, as firing alerts. */
  public List<Lost> tick(Instant now) {
    List<Lost> lost = new ArrayList<>();
    for (Heartbeats.Spec spec : heartbeats.all()) {
      Optional<HeartbeatState> state = repository.find(spec.name());
      if (state.isEmpty() || state.get().lost()) {
        continue;
      }
      Instant due = state.get().lastSeen().plus(spec.missingAfter());
      if (now.isBefore(due)) {
        continue;
      }
      repository.save(
          spec.name(),
          new HeartbeatState(state.get().lastSeen(), state.get().origin(), Optional.of(due)));
      lost.add(
          new Lost(
              lostAlert(spec, AlertStatus.FIRING, due, now),
              classification(spec),
              state.get().origin()));
    }
    return lost;
  }

  /** A P1 of the notify-only runbook, in a scope of its own, so it inhibits nothing else. */
  Classification classification(Heartbeats.Spec spec) {
    return new Classification(
        Classification.UNCLASSIFIED_RUNBOOK,
        "heartbeat lost: " + spec.name(),
        Severity.P1,
        spec.key(),
        Map.of("heartbeat", spec.name()),
        "responder",
        spec.key(),
        heartbeats.catalogVersion(),
        "no beat of heartbeat " + spec.name() + " for " + spec.missingAfter());
  }

  private static Alert lostAlert(
      Heartbeats.Spec spec, AlertStatus status, Instant since, Instant receivedAt) {
    Alert.Builder alert =
        Alert.newBuilder()
            .setFingerprint(spec.key())
            .setStatus(status)
            .setSource(AlertSource.ALERTMANAGER)
            .setLabels(
                Map.of(
                    "alertname",
                    ALERTNAME,
                    "heartbeat",
                    spec.name(),
                    "severity",
                    "critical",
                    "namespace",
                    "responder",
                    "service",
                    spec.key()))
            .setAnnotations(
                Map.of(
                    "summary",
                    "no beat of heartbeat " + spec.name() + " for " + spec.missingAfter()))
            .setStartsAt(since)
            .setReceivedAt(receivedAt)
            .setRequestId("heartbeat-monitor");
    if (status == AlertStatus.RESOLVED) {
      alert.setEndsAt(receivedAt);
    }
    return alert.build();
  }
}
