package dev.responder.correlator.domain;

import static dev.responder.correlator.testing.Alerts.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.Severity;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The heartbeat rules on their own: last seen, lost once, back. */
class HeartbeatMonitorTest {

  private static final Duration WINDOW = Duration.ofMinutes(10);
  private static final Heartbeats.Spec WATCHDOG =
      new Heartbeats.Spec(
          "alertmanager", labels -> "Watchdog".equals(labels.get("alertname")), WINDOW);

  private final Map<String, HeartbeatState> stored = new HashMap<>();
  private final HeartbeatMonitor monitor =
      new HeartbeatMonitor(
          new Heartbeats("v1", List.of(WATCHDOG)),
          new HeartbeatRepository() {
            @Override
            public Optional<HeartbeatState> find(String name) {
              return Optional.ofNullable(stored.get(name));
            }

            @Override
            public void save(String name, HeartbeatState state) {
              stored.put(name, state);
            }
          });

  @Test
  void shouldReportNothingForAHeartbeatNeverSeen() {
    assertThat(monitor.tick(T0.plus(Duration.ofDays(1)))).isEmpty();
  }

  @Test
  void shouldReportTheHeartbeatLostOnceWhenItsWindowHasPassed() {
    monitor.onBeat(WATCHDOG, T0, 42);

    assertThat(monitor.tick(T0.plus(WINDOW).minusMillis(1))).isEmpty();
    List<HeartbeatMonitor.Lost> lost = monitor.tick(T0.plus(WINDOW));
    assertThat(monitor.tick(T0.plus(WINDOW).plus(Duration.ofMinutes(5)))).isEmpty();

    assertThat(lost).hasSize(1);
    assertThat(lost.get(0).alert().getStatus()).isEqualTo(AlertStatus.FIRING);
    assertThat(lost.get(0).alert().getStartsAt()).isEqualTo(T0.plus(WINDOW));
    assertThat(lost.get(0).classification().severity()).isEqualTo(Severity.P1);
    assertThat(lost.get(0).classification().title()).isEqualTo("heartbeat lost: alertmanager");
    assertThat(lost.get(0).origin()).isEqualTo(42);
  }

  @Test
  void shouldResolveTheLostAlertAtTheNextBeat() {
    monitor.onBeat(WATCHDOG, T0, 1);
    HeartbeatMonitor.Lost lost = monitor.tick(T0.plus(WINDOW)).get(0);

    Optional<HeartbeatMonitor.Lost> back =
        monitor.onBeat(WATCHDOG, T0.plus(WINDOW).plus(Duration.ofMinutes(1)), 2);

    assertThat(back).isPresent();
    assertThat(back.get().alert().getStatus()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(back.get().alert().getFingerprint()).isEqualTo(lost.alert().getFingerprint());
    assertThat(back.get().alert().getStartsAt()).isEqualTo(lost.alert().getStartsAt());
    assertThat(monitor.onBeat(WATCHDOG, T0.plus(WINDOW).plus(Duration.ofMinutes(2)), 3)).isEmpty();
  }

  @Test
  void shouldNotMoveTheLastSeenTimeBackForALateBeat() {
    monitor.onBeat(WATCHDOG, T0.plusSeconds(60), 1);
    monitor.onBeat(WATCHDOG, T0, 2);

    assertThat(monitor.tick(T0.plus(WINDOW))).isEmpty();
    assertThat(monitor.tick(T0.plus(WINDOW).plusSeconds(60))).hasSize(1);
  }
}
