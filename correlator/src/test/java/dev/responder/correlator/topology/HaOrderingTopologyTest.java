package dev.responder.correlator.topology;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.alert;
import static dev.responder.correlator.testing.Alerts.backend;
import static dev.responder.correlator.testing.Alerts.firing;
import static dev.responder.schemas.avro.IncidentEventType.ESCALATED;
import static dev.responder.schemas.avro.IncidentEventType.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.domain.Disposition;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.IncidentEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, point 3: the two replicas of an Alertmanager HA pair report one alert with their own
 * startsAt, in either order, and a resolve can overtake the firing it ends.
 */
class HaOrderingTopologyTest {

  private static final Instant REPLICA_B_STARTS = T0.plusSeconds(15);

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

  private static Alert fromReplicaB(Instant receivedAt) {
    return alert(
        "fp-1", AlertStatus.FIRING, REPLICA_B_STARTS, receivedAt, backend("WorkerQueueStuck"));
  }

  private static Alert resolve(Instant startsAt, Instant endsAt) {
    return Alert.newBuilder(
            alert("fp-1", AlertStatus.RESOLVED, startsAt, endsAt, backend("WorkerQueueStuck")))
        .setEndsAt(endsAt)
        .build();
  }

  @Test
  void shouldChangeNothingWhenTheOtherReplicaReportsTheFiringAlertWithAnotherStartsAt() {
    correlator.receive(firing("fp-1", T0, backend("WorkerQueueStuck")));
    correlator.events();

    correlator.receive(fromReplicaB(T0.plusSeconds(20)));

    assertThat(correlator.events()).isEmpty();
    assertThat(correlator.dispositions.count(Disposition.DUPLICATE)).isEqualTo(1);
  }

  @Test
  void shouldChangeNothingWhenTheFirstReplicasOlderStartsAtArrivesSecond() {
    correlator.receive(fromReplicaB(T0.plusSeconds(16)));
    correlator.events();

    correlator.receive(firing("fp-1", T0, backend("WorkerQueueStuck")));

    assertThat(correlator.events()).isEmpty();
  }

  @Test
  void shouldNotReopenWhenTheOtherReplicasFiringArrivesAfterTheResolve() {
    correlator.receive(firing("fp-1", T0, backend("WorkerQueueStuck")));
    correlator.receive(resolve(T0, T0.plusSeconds(300)));
    assertThat(correlator.events()).extracting(IncidentEvent::getType).contains(RESOLVED);

    correlator.receive(fromReplicaB(T0.plusSeconds(310)));

    assertThat(correlator.events()).isEmpty();
  }

  @Test
  void shouldNotOpenAnIncidentForAFiringThatAnEarlierDeliveredResolveEnded() {
    correlator.receive(resolve(T0, T0.plusSeconds(300)));

    correlator.receive(firing("fp-1", T0, backend("WorkerQueueStuck")));
    correlator.receive(fromReplicaB(T0.plusSeconds(302)));

    assertThat(correlator.events()).isEmpty();
    assertThat(correlator.latestIncidents()).isEmpty();
  }

  @Test
  void shouldOpenAnIncidentWhenTheAlertFiresAgainAfterItsResolve() {
    correlator.receive(resolve(T0, T0.plusSeconds(300)));

    correlator.receive(firing("fp-1", T0.plusSeconds(900), backend("WorkerQueueStuck")));

    assertThat(correlator.latestIncidents()).hasSize(1);
  }

  @Test
  void shouldEscalateAnAcknowledgedIncidentWithoutChangeForADayToManagement() {
    correlator.receive(firing("fp-1", T0, backend("WorkerQueueStuck")));
    String id = correlator.events().get(0).getIncidentId();
    correlator.command(Commands.acknowledge(id, T0.plusSeconds(60)));
    correlator.events();

    correlator.advanceWallClock(Duration.ofHours(25));

    List<IncidentEvent> events = correlator.events();
    assertThat(events).extracting(IncidentEvent::getType).containsExactly(ESCALATED);
    assertThat(events.get(0).getEscalationTarget()).contains("management");
    assertThat(events.get(0).getCause().getDetail()).contains("stranded");
  }
}
