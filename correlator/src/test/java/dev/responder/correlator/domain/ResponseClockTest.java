package dev.responder.correlator.domain;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.backend;
import static dev.responder.correlator.testing.Alerts.firing;
import static dev.responder.correlator.testing.Alerts.resolved;
import static dev.responder.schemas.avro.IncidentEventType.ESCALATED;
import static dev.responder.schemas.avro.IncidentEventType.RESPONSE_DEADLINE_BREACHED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.testing.AlertnameClassifier;
import dev.responder.correlator.testing.InMemoryState;
import dev.responder.correlator.testing.WeekdayPolicy;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseClockTest {

  private static final Duration FLAP_WINDOW = Duration.ofMinutes(30);

  private final InMemoryState state = new InMemoryState();
  private final WeekdayPolicy policy = new WeekdayPolicy();
  private final AlertLifecycle alerts =
      new AlertLifecycle(state, SeverityRules.NONE, state.rules(), policy, FLAP_WINDOW);
  private final ResponseClock clock = new ResponseClock(state, state, policy, FLAP_WINDOW);

  private String open(Alert alert) {
    return alerts
        .onAlert(alert, new AlertnameClassifier().classify(alert).orElseThrow())
        .events()
        .get(0)
        .getIncidentId();
  }

  @Test
  void shouldStayQuietBeforeTheResponseDeadline() {
    open(firing("fp", T0, backend("ApiUnresponsive")));

    assertThat(clock.tick(T0.plus(Duration.ofMinutes(15)).minusMillis(1))).isEmpty();
  }

  @Test
  void shouldBreachAndEscalateToFirstLevelAtTheDeadline() {
    open(firing("fp", T0, backend("ApiUnresponsive")));

    List<IncidentEvent> events = clock.tick(T0.plus(Duration.ofMinutes(15)));

    assertThat(events)
        .extracting(IncidentEvent::getType)
        .containsExactly(RESPONSE_DEADLINE_BREACHED, ESCALATED);
    assertThat(events.get(1).getEscalationTarget()).isEqualTo("platform-lead");
    assertThat(events.get(1).getOccurredAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
  }

  @Test
  void shouldClimbEveryLevelWhoseTimeHasComeWhenTheClockTicksLate() {
    open(firing("fp", T0, backend("ApiUnresponsive")));

    List<IncidentEvent> events = clock.tick(T0.plus(Duration.ofHours(3)));

    assertThat(events)
        .extracting(IncidentEvent::getEscalationTarget)
        .containsExactly(null, "platform-lead", "devops-team", "management");
    assertThat(events.get(3).getOccurredAt()).isEqualTo(T0.plus(Duration.ofMinutes(75)));
    assertThat(clock.tick(T0.plus(Duration.ofHours(9)))).isEmpty();
  }

  @Test
  void shouldNotEscalateAnAcknowledgedIncident() {
    String id = open(firing("fp", T0, backend("ApiUnresponsive")));
    new CommandLifecycle(state, state, policy)
        .onCommand(
            Command.newBuilder()
                .setCommandId("c1")
                .setType(CommandType.ACKNOWLEDGE)
                .setIssuedAt(T0.plusSeconds(60))
                .setAuthor("alice")
                .setIncidentId(id)
                .build());

    assertThat(clock.tick(T0.plus(Duration.ofHours(1)))).isEmpty();
  }

  @Test
  void shouldForgetResolvedIncidentsOnceTheFlapWindowHasPassed() {
    Alert alert = firing("fp", T0, backend("WorkerQueueStuck"));
    open(alert);
    alerts.onAlert(
        resolved(alert, T0.plusSeconds(60)),
        new AlertnameClassifier().classify(alert).orElseThrow());

    int forgotten = clock.forgetFinished(T0.plusSeconds(60).plus(FLAP_WINDOW).plusMillis(1));

    assertThat(forgotten).isEqualTo(1);
    assertThat(state.findAll()).isEmpty();
  }

  @Test
  void shouldGiveP4DetectedOnFridayUntilMondayMorning() {
    Instant due = policy.responseDue(dev.responder.schemas.avro.Severity.P4, T0);

    assertThat(due).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
  }

  @Test
  void shouldSendAStrandedIncidentWhoseAlertsAllResolvedStraightToManagement() {
    String id = open(firing("fp", T0, backend("WorkerQueueStuck")));
    Incident live = state.findById(id).orElseThrow();
    // An incident left live with nothing firing (as a lost update or an older version can leave
    // it).
    IncidentAlert member = state.member(id, "fp").orElseThrow();
    state.putMember(id, IncidentAlert.newBuilder(member).setStatus(AlertStatus.RESOLVED).build());
    state.save(
        Incident.newBuilder(live)
            .setStatus(IncidentStatus.ACKNOWLEDGED)
            .setFiringCount(0)
            .setFiringBySeverity(Map.of())
            .build());

    List<IncidentEvent> events = clock.tick(T0.plusSeconds(60));

    assertThat(events).extracting(IncidentEvent::getType).containsExactly(ESCALATED);
    assertThat(events.get(0).getEscalationTarget()).isEqualTo("management");
    assertThat(clock.tick(T0.plusSeconds(120))).isEmpty();
  }
}
