package dev.responder.correlator.topology;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.backend;
import static dev.responder.correlator.testing.Alerts.firing;
import static dev.responder.correlator.testing.Alerts.resolved;
import static dev.responder.schemas.avro.IncidentEventType.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.CauseKind;
import dev.responder.schemas.avro.IncidentEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, point 7: silences and open incidents do not stay in state for ever. */
class BoundedStateTopologyTest {

  @TempDir Path stateDir;
  private CorrelatorDriver correlator;

  @BeforeEach
  void start() {
    correlator = new CorrelatorDriver(stateDir, T0);
  }

  @AfterEach
  void close() {
    correlator.close();
  }

  @Test
  void shouldDeadLetterASilenceThatWouldOutliveTheLongestAllowed() {
    correlator.command(
        Commands.silenceAlertname(
            "s-forever", "WorkerQueueStuck", T0, T0.plus(Duration.ofDays(3650))));

    correlator.receive(firing("fp-1", T0.plusSeconds(10), backend("WorkerQueueStuck")));

    assertThat(correlator.deadLetters()).hasSize(1);
    assertThat(correlator.latestIncidents()).hasSize(1);
  }

  @Test
  void shouldCloseAnIncidentWithoutChangeForAWeekAndThenForgetIt() {
    correlator.receive(firing("fp-1", T0, backend("WorkerQueueStuck")));
    String id = correlator.events().get(0).getIncidentId();
    correlator.command(Commands.acknowledge(id, T0.plusSeconds(60)));
    correlator.events();

    // Stream time moves eight days on; the next tick closes the stale incident.
    correlator.receive(
        firing("fp-later", T0.plus(Duration.ofDays(8)), backend("EventProcessingLag")));
    correlator.advanceWallClock(Duration.ofSeconds(10));

    List<IncidentEvent> closed =
        correlator.events().stream().filter(e -> e.getIncidentId().equals(id)).toList();
    assertThat(closed).extracting(IncidentEvent::getType).containsExactly(RESOLVED);
    assertThat(closed.get(0).getCause().getKind()).isEqualTo(CauseKind.CLOCK);
    assertThat(closed.get(0).getCause().getDetail()).contains("no change");
  }

  @Test
  void shouldHoldNoStateForIncidentsSilencesAndIdentitiesOnceTheyAreFinished() {
    int n = 500;
    for (int i = 0; i < n; i++) {
      correlator.command(
          Commands.silenceAlertname(
              "s" + i, "Quiet" + i, T0.plusSeconds(i), T0.plus(Duration.ofHours(1))));
      Alert alert = firing("fp-" + i, T0.plusSeconds(i), service("svc-" + i));
      correlator.receive(alert);
      correlator.receive(resolved(alert, T0.plus(Duration.ofHours(1))));
    }
    long incidentsAtPeak = correlator.storedEntries(StoreState.INCIDENTS);
    long silencesAtPeak = correlator.storedEntries(StoreState.SILENCES);

    // Two days of stream time later, one tick of housekeeping.
    correlator.receive(firing("fp-late", T0.plus(Duration.ofDays(2)), service("svc-late")));
    correlator.advanceWallClock(Duration.ofSeconds(10));

    assertThat(incidentsAtPeak).isEqualTo(n);
    assertThat(silencesAtPeak).isEqualTo(n);
    assertThat(correlator.storedEntries(StoreState.INCIDENTS)).isEqualTo(1);
    assertThat(correlator.storedEntries(StoreState.BY_GROUP)).isEqualTo(1);
    assertThat(correlator.storedEntries(StoreState.MEMBERS)).isEqualTo(1);
    // The one live P2 is a target of the P1 rule, and no open P1 counts as a source.
    assertThat(correlator.storedEntries(StoreState.INHIBIT_TARGETS)).isEqualTo(1);
    assertThat(correlator.storedEntries(StoreState.INHIBIT_SOURCES)).isZero();
    assertThat(correlator.storedEntries(StoreState.SILENCES)).isZero();
    assertThat(correlator.storedWindows(SeenAlerts.STORE)).isEqualTo(1);
  }

  private static Map<String, String> service(String service) {
    return Map.of("alertname", "WorkerQueueStuck", "namespace", "crm", "service", service);
  }
}
