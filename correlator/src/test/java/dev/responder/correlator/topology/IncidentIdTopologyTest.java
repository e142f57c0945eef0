package dev.responder.correlator.topology;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.backend;
import static dev.responder.correlator.testing.Alerts.firing;
import static dev.responder.correlator.testing.Alerts.resolved;
import static dev.responder.schemas.avro.IncidentEventType.OPENED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.domain.IncidentIds;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.IncidentEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, point 5: an incident id names one incident for the life of the log. */
class IncidentIdTopologyTest {

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

  private String opened() {
    return correlator.events().stream()
        .filter(event -> event.getType() == OPENED)
        .map(IncidentEvent::getIncidentId)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void shouldGiveANewIdWhenTheSameAlertOpensAnIncidentAgainAfterTheFirstIsForgotten() {
    Alert alert = firing("fp-1", T0, backend("WorkerQueueStuck"));
    correlator.receive(alert);
    String first = opened();
    correlator.receive(resolved(alert, T0.plusSeconds(300)));
    // Stream time passes the dedup horizon and the flap window; a tick forgets the incident.
    correlator.receive(
        firing("fp-other", T0.plus(Duration.ofHours(13)), backend("EventProcessingLag")));
    correlator.advanceWallClock(Duration.ofSeconds(10));
    correlator.events();

    correlator.receive(
        Alert.newBuilder(alert)
            .setReceivedAt(T0.plus(Duration.ofHours(13)).plusSeconds(60))
            .build());

    String second = opened();
    assertThat(second).isNotEqualTo(first).matches("INC-\\d{8}-[0-9A-HJKMNP-TV-Z]{8}");
  }

  @Test
  void shouldGiveDifferentIdsToIncidentsOpenedByDifferentRecords() {
    correlator.receive(firing("fp-1", T0, backend("WorkerQueueStuck")));
    correlator.receive(firing("fp-2", T0, backend("EventProcessingLag")));

    List<String> ids =
        correlator.events().stream()
            .filter(event -> event.getType() == OPENED)
            .map(IncidentEvent::getIncidentId)
            .toList();

    assertThat(ids).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void shouldNameTheIncidentAfterTheAlertsTopicOffsetOfItsOpeningAlert() {
    correlator.receive(firing("fp-1", T0, backend("WorkerQueueStuck")));
    correlator.receive(firing("fp-2", T0, backend("WorkerQueueStuck")));
    correlator.events();

    correlator.receive(firing("fp-3", T0, backend("EventProcessingLag")));

    // The third record of partition 0 of responder.alerts.v1: serial 2.
    assertThat(opened()).isEqualTo(IncidentIds.of(T0, 2));
  }
}
