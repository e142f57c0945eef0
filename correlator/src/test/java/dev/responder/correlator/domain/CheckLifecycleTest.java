package dev.responder.correlator.domain;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.backend;
import static dev.responder.correlator.testing.Alerts.firing;
import static dev.responder.correlator.testing.Alerts.resolved;
import static dev.responder.schemas.avro.IncidentEventType.SEVERITY_CHANGED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.testing.AlertnameClassifier;
import dev.responder.correlator.testing.InMemoryState;
import dev.responder.correlator.testing.Outcomes;
import dev.responder.correlator.testing.WeekdayPolicy;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckLifecycleTest {

  /** Like a runbook with {@code raise: [{to: P1, when: pods.ready == 0}]} and default P2. */
  private static final SeverityRules NO_READY_POD_IS_P1 =
      (runbookId, labels, figures) -> {
        Double ready = figures.getOrDefault("pods", Map.of()).get("ready");
        return Optional.of(
            ready != null && ready == 0
                ? new SeverityRules.Verdict(Severity.P1, "raised to P1 by pods.ready == 0")
                : new SeverityRules.Verdict(Severity.P2, "default severity"));
      };

  private final InMemoryState state = new InMemoryState();
  private final WeekdayPolicy policy = new WeekdayPolicy();
  private final AlertLifecycle alerts =
      new AlertLifecycle(state, NO_READY_POD_IS_P1, state.rules(), policy, Duration.ofMinutes(30));
  private final CheckLifecycle checks =
      new CheckLifecycle(state, NO_READY_POD_IS_P1, state.rules(), policy);
  private final Alert stuck = firing("fp-1", T0, backend("WorkerQueueStuck"));

  private String openIncident() {
    return alerts
        .onAlert(stuck, new AlertnameClassifier().classify(stuck).orElseThrow())
        .events()
        .get(0)
        .getIncidentId();
  }

  private static RemediationOutcome pods(String incidentId, String ready, int secondsLater) {
    return Outcomes.check(
        incidentId,
        "workerqueuestuck",
        "pods",
        Map.of("ready", ready),
        T0.plusSeconds(secondsLater));
  }

  @Test
  void shouldRaiseTheIncidentWhenACheckFigureSatisfiesARaiseRule() {
    String id = openIncident();

    List<IncidentEvent> events = checks.onOutcome(pods(id, "0", 30));

    assertThat(events).extracting(IncidentEvent::getType).containsExactly(SEVERITY_CHANGED);
    IncidentEvent raised = events.get(0);
    assertThat(raised.getIncident().getSeverity()).isEqualTo(Severity.P1);
    assertThat(raised.getPreviousSeverity()).isEqualTo(Severity.P2);
    assertThat(raised.getIncident().getResponseDueAt()).isEqualTo(T0.plusSeconds(15 * 60));
    assertThat(raised.getCause().getDetail())
        .startsWith("check pods reported ready=0: raised to P1 by pods.ready == 0");
  }

  @Test
  void shouldChangeNothingWhenTheFigureDoesNotSatisfyTheRule() {
    String id = openIncident();

    assertThat(checks.onOutcome(pods(id, "3", 30))).isEmpty();
  }

  @Test
  void shouldGoBackToWhatTheAlertsImplyWhenTheLatestResultOfTheCheckNoLongerHolds() {
    String id = openIncident();
    checks.onOutcome(pods(id, "0", 30));

    List<IncidentEvent> events = checks.onOutcome(pods(id, "2", 90));

    assertThat(events).extracting(IncidentEvent::getType).containsExactly(SEVERITY_CHANGED);
    assertThat(events.get(0).getIncident().getSeverity()).isEqualTo(Severity.P2);
  }

  @Test
  void shouldKeepTheCheckBasedSeverityWhenAnotherAlertJoinsAndOneResolves() {
    String id = openIncident();
    checks.onOutcome(pods(id, "0", 30));
    Alert second = firing("fp-2", T0.plusSeconds(60), backend("WorkerQueueStuck"));
    alerts.onAlert(second, classified(second));

    AlertDecision resolution =
        alerts.onAlert(resolved(stuck, T0.plusSeconds(90)), classified(stuck));

    assertThat(resolution.events())
        .extracting(IncidentEvent::getType)
        .doesNotContain(SEVERITY_CHANGED);
    assertThat(state.findById(id).orElseThrow().getSeverity()).isEqualTo(Severity.P1);
  }

  @Test
  void shouldIgnoreOutcomesThatAreNotChecks() {
    String id = openIncident();
    RemediationOutcome action =
        RemediationOutcome.newBuilder(pods(id, "0", 30)).setKind(OutcomeKind.ACTION).build();

    assertThat(checks.onOutcome(action)).isEmpty();
    assertThat(state.checksOf(id)).isEmpty();
  }

  @Test
  void shouldIgnoreAChecksResultForAnIncidentItDoesNotHold() {
    assertThat(checks.onOutcome(pods("INC-20261127-ELSEWHER", "0", 30))).isEmpty();
    assertThat(state.checksOf("INC-20261127-ELSEWHER")).isEmpty();
  }

  private static Classification classified(Alert alert) {
    return new AlertnameClassifier().classify(alert).orElseThrow();
  }
}
