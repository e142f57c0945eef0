package dev.responder.correlator.topology;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.alert;
import static dev.responder.correlator.testing.Alerts.backend;
import static dev.responder.schemas.avro.IncidentEventType.ESCALATED;
import static dev.responder.schemas.avro.IncidentEventType.RESPONSE_DEADLINE_BREACHED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.Incident;
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
 * Issue 14, point 4: a startsAt far from the receive time is clamped to the receive time, with the
 * reason in the OPENED event's cause, so the response clock runs from when Responder heard of it.
 */
class SenderTimeTopologyTest {

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

  private IncidentEvent openP1StartingAt(Instant startsAt) {
    correlator.receive(
        alert("fp-api", AlertStatus.FIRING, startsAt, T0, backend("ApiUnresponsive")));
    return correlator.events().get(0);
  }

  @Test
  void shouldClampAStartsAtDaysInThePastSoNotEveryLevelIsPagedAtOnce() {
    IncidentEvent opened = openP1StartingAt(T0.minus(Duration.ofDays(3)));

    correlator.advanceWallClock(Duration.ofMinutes(1));

    Incident incident = opened.getIncident();
    assertThat(incident.getDetectedAt()).isEqualTo(T0);
    assertThat(incident.getResponseDueAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(opened.getCause().getDetail()).contains("clamped");
    assertThat(correlator.events()).isEmpty();
  }

  @Test
  void shouldEscalateOneLevelAtTheDeadlineAfterAClampedPastStartsAt() {
    openP1StartingAt(T0.minus(Duration.ofDays(3)));

    correlator.advanceWallClock(Duration.ofMinutes(15));

    List<IncidentEvent> events = correlator.events();
    assertThat(events)
        .extracting(IncidentEvent::getType)
        .containsExactly(RESPONSE_DEADLINE_BREACHED, ESCALATED);
  }

  @Test
  void shouldClampAStartsAtInTheFutureSoTheIncidentStillEscalates() {
    IncidentEvent opened = openP1StartingAt(T0.plus(Duration.ofDays(365)));

    correlator.advanceWallClock(Duration.ofMinutes(15));

    assertThat(opened.getIncident().getDetectedAt()).isEqualTo(T0);
    assertThat(opened.getCause().getDetail()).contains("clamped");
    assertThat(correlator.events())
        .extracting(IncidentEvent::getType)
        .containsExactly(RESPONSE_DEADLINE_BREACHED, ESCALATED);
  }

  @Test
  void shouldKeepAStartsAtAFewMinutesBeforeTheReceiveTime() {
    IncidentEvent opened = openP1StartingAt(T0.minus(Duration.ofMinutes(5)));

    assertThat(opened.getIncident().getDetectedAt()).isEqualTo(T0.minus(Duration.ofMinutes(5)));
    assertThat(opened.getCause().getDetail()).doesNotContain("clamped");
  }
}
