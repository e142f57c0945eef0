package dev.responder.correlator.domain;

import static dev.responder.correlator.testing.Alerts.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.testing.InMemoryState;
import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An incident stored before headers and members were kept apart, upgraded on first read. */
class LegacyHeadersTest {

  private static IncidentAlert member(String fingerprint, AlertStatus status, Severity severity) {
    return IncidentAlert.newBuilder()
        .setFingerprint(fingerprint)
        .setStatus(status)
        .setSeverity(severity)
        .setStartsAt(T0)
        .setLastSeenAt(T0)
        .setLabels(Map.of("alertname", "X"))
        .build();
  }

  @Test
  void shouldMoveTheMembersOutOfTheHeaderAndCountThem() {
    InMemoryState state = new InMemoryState();
    Incident legacy =
        Incident.newBuilder()
            .setIncidentId("INC-20261127-AAAAAAAA")
            .setRunbookId("workerqueuestuck")
            .setTitle("t")
            .setSeverity(Severity.P1)
            .setStatus(IncidentStatus.OPEN)
            .setGroupKey("g")
            .setCatalogVersion("v")
            .setDetectedAt(T0)
            .setResponseDueAt(T0)
            .setUpdatedAt(T0)
            .setAlerts(
                List.of(
                    member("fp-1", AlertStatus.FIRING, Severity.P1),
                    member("fp-2", AlertStatus.FIRING, Severity.P2),
                    member("fp-3", AlertStatus.RESOLVED, Severity.P2)))
            .build();

    Incident header = LegacyHeaders.moveMembers(legacy, state);

    assertThat(header.getAlerts()).isEmpty();
    assertThat(header.getMemberCount()).isEqualTo(3);
    assertThat(header.getFiringCount()).isEqualTo(2);
    assertThat(header.getFiringBySeverity())
        .containsExactlyInAnyOrderEntriesOf(Map.of("P1", 1, "P2", 1));
    assertThat(state.members(header.getIncidentId()))
        .extracting(IncidentAlert::getFingerprint)
        .containsExactlyInAnyOrder("fp-1", "fp-2", "fp-3");
  }
}
