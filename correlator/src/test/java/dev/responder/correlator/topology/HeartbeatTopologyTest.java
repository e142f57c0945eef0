package dev.responder.correlator.topology;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.backend;
import static dev.responder.correlator.testing.Alerts.firing;
import static dev.responder.correlator.testing.Alerts.resent;
import static dev.responder.schemas.avro.IncidentEventType.OPENED;
import static dev.responder.schemas.avro.IncidentEventType.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.domain.Disposition;
import dev.responder.correlator.domain.Heartbeats;
import dev.responder.correlator.testing.TestHeartbeats;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Heartbeats on the real topology: a beat is never an incident, its absence is a P1. */
class HeartbeatTopologyTest {

  private static final Duration MISSING_AFTER = Duration.ofMinutes(10);
  private static final Heartbeats WATCHDOG = TestHeartbeats.watchdog(MISSING_AFTER);

  @TempDir Path stateDir;
  private CorrelatorDriver correlator;
  // The Watchdog fires from T0 and reaches ingest at T0 + 1s.
  private final Alert watchdog = firing("watchdog", T0, Map.of("alertname", "Watchdog"));

  @BeforeEach
  void startAtFridayAfternoon() {
    correlator = CorrelatorDriver.watching(stateDir, T0, WATCHDOG);
  }

  @AfterEach
  void close() {
    correlator.close();
  }

  private void useTheShippedCatalog() {
    correlator.close();
    correlator = CorrelatorDriver.withCatalog(stateDir, T0, Path.of("..", "runbooks", "crm.yaml"));
  }

  private List<IncidentEvent> opened(List<IncidentEvent> events) {
    return events.stream().filter(e -> e.getType() == OPENED).toList();
  }

  @Test
  void shouldNeverCountAHeartbeatAsAnIncident() {
    correlator.receive(
        watchdog, resent(watchdog, Duration.ofMinutes(1)), resent(watchdog, Duration.ofMinutes(2)));

    assertThat(correlator.events()).isEmpty();
    assertThat(correlator.dispositions.count(Disposition.HEARTBEAT)).isEqualTo(3);
    assertThat(correlator.dispositions.count(Disposition.OPENED)).isZero();
    assertThat(correlator.dispositions.count(Disposition.DUPLICATE)).isZero();
  }

  @Test
  void shouldNotReportTheHeartbeatLostBeforeItsWindowEnds() {
    correlator.receive(watchdog);

    correlator.advanceWallClock(MISSING_AFTER.minusSeconds(30));

    assertThat(correlator.events()).isEmpty();
  }

  @Test
  void shouldStayAliveWhileRepeatsArriveWithinTheWindow() {
    correlator.receive(watchdog);
    correlator.advanceWallClock(Duration.ofMinutes(8));
    correlator.receive(resent(watchdog, Duration.ofMinutes(8)));

    correlator.advanceWallClock(Duration.ofMinutes(9));

    assertThat(correlator.events()).isEmpty();
  }

  @Test
  void shouldOpenOneP1IncidentWhenNoBeatArrivesForTheWindow() {
    correlator.receive(watchdog);

    correlator.advanceWallClock(MISSING_AFTER.plusMinutes(1));
    correlator.advanceWallClock(Duration.ofMinutes(5));

    List<IncidentEvent> opened = opened(correlator.events());
    assertThat(opened).hasSize(1);
    assertThat(opened.get(0).getIncident().getTitle()).isEqualTo("heartbeat lost: alertmanager");
    assertThat(opened.get(0).getIncident().getSeverity()).isEqualTo(Severity.P1);
  }

  @Test
  void shouldResolveTheLostIncidentWhenTheHeartbeatComesBack() {
    correlator.receive(watchdog);
    correlator.advanceWallClock(MISSING_AFTER.plusMinutes(1));
    String id = opened(correlator.events()).get(0).getIncidentId();

    correlator.receive(resent(watchdog, MISSING_AFTER.plusMinutes(2)));

    assertThat(correlator.events())
        .anySatisfy(
            event -> {
              assertThat(event.getType()).isEqualTo(RESOLVED);
              assertThat(event.getIncidentId()).isEqualTo(id);
            });
    assertThat(correlator.latestIncidents().get(id).getStatus()).isEqualTo(IncidentStatus.RESOLVED);
    assertThat(correlator.dispositions.count(Disposition.HEARTBEAT)).isEqualTo(2);
  }

  @Test
  void shouldKeepTheLastSeenTimeAcrossARestart() {
    correlator.receive(watchdog);
    correlator.advanceWallClock(Duration.ofMinutes(6));
    ChangelogSnapshot changelog = new ChangelogSnapshot();
    changelog.capture(correlator.testDriver());
    changelog.capturePositions(correlator.testDriver());
    correlator.close();

    correlator = CorrelatorDriver.watching(stateDir, T0.plus(Duration.ofMinutes(6)), WATCHDOG);
    changelog.restoreInto(correlator.testDriver());
    correlator.advanceWallClock(Duration.ofMinutes(3));
    assertThat(correlator.events()).isEmpty();

    correlator.advanceWallClock(Duration.ofMinutes(2));
    assertThat(opened(correlator.events())).hasSize(1);
  }

  @Test
  void shouldPageForTheShippedCatalogsWatchdogOnceItStopsArriving() {
    useTheShippedCatalog();
    correlator.receive(firing("watchdog", T0, Map.of("alertname", "Watchdog", "severity", "info")));
    assertThat(correlator.events()).isEmpty();

    correlator.advanceWallClock(MISSING_AFTER.plusMinutes(1));

    List<IncidentEvent> opened = opened(correlator.events());
    assertThat(opened).hasSize(1);
    assertThat(opened.get(0).getIncident().getTitle()).isEqualTo("heartbeat lost: alertmanager");
    assertThat(opened.get(0).getIncident().getSeverity()).isEqualTo(Severity.P1);
  }

  @Test
  void shouldWatchACrmEventSourceByItsHeartbeatEventsInTheShippedCatalog() {
    useTheShippedCatalog();
    Alert heartbeat =
        Alert.newBuilder(
                firing(
                    "crm-heartbeat",
                    T0,
                    Map.of(
                        "alertname", "crm.heartbeat",
                        "event_type", "crm.heartbeat",
                        "event_key", "crm-backend",
                        "namespace", "crm",
                        "service", "crm-backend")))
            .setSource(AlertSource.CRM_EVENT)
            .setEventType("crm.heartbeat")
            .build();
    correlator.receive(heartbeat, resent(heartbeat, Duration.ofMinutes(1)));
    assertThat(correlator.events()).isEmpty();
    assertThat(correlator.dispositions.count(Disposition.HEARTBEAT)).isEqualTo(2);

    correlator.advanceWallClock(MISSING_AFTER.plusMinutes(2));

    assertThat(opened(correlator.events()))
        .extracting(event -> event.getIncident().getTitle())
        .containsExactly("heartbeat lost: crm-backend");
  }

  @Test
  void shouldLeaveOtherAlertsToTheClassifier() {
    correlator.receive(watchdog, firing("fp-1", T0, backend("WorkerQueueStuck")));

    assertThat(opened(correlator.events())).hasSize(1);
    assertThat(correlator.dispositions.count(Disposition.HEARTBEAT)).isEqualTo(1);
  }
}
