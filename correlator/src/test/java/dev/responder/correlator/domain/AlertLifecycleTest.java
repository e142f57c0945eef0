package dev.responder.correlator.domain;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.backend;
import static dev.responder.correlator.testing.Alerts.firing;
import static dev.responder.correlator.testing.Alerts.resent;
import static dev.responder.correlator.testing.Alerts.resolved;
import static dev.responder.schemas.avro.IncidentEventType.ALERT_ADDED;
import static dev.responder.schemas.avro.IncidentEventType.ALERT_RESOLVED;
import static dev.responder.schemas.avro.IncidentEventType.COMMANDER_ASSIGNED;
import static dev.responder.schemas.avro.IncidentEventType.OPENED;
import static dev.responder.schemas.avro.IncidentEventType.REOPENED;
import static dev.responder.schemas.avro.IncidentEventType.RESOLVED;
import static dev.responder.schemas.avro.IncidentEventType.SEVERITY_CHANGED;
import static dev.responder.schemas.avro.IncidentEventType.SUPPRESSED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.testing.AlertnameClassifier;
import dev.responder.correlator.testing.InMemoryState;
import dev.responder.correlator.testing.WeekdayPolicy;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.LabelMatcher;
import dev.responder.schemas.avro.MatchOperator;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.avro.Silence;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertLifecycleTest {

  private static final Duration FLAP_WINDOW = Duration.ofMinutes(30);

  private final InMemoryState state = new InMemoryState();
  private final AlertnameClassifier classifier = new AlertnameClassifier();
  private final AlertLifecycle lifecycle =
      new AlertLifecycle(
          state, SeverityRules.NONE, state.rules(), new WeekdayPolicy(), FLAP_WINDOW);

  private AlertDecision handle(Alert alert) {
    return lifecycle.onAlert(alert, classifier.classify(alert).orElseThrow());
  }

  private static List<Object> types(AlertDecision decision) {
    return decision.events().stream().map(e -> (Object) e.getType()).toList();
  }

  @Test
  void shouldOpenIncidentWithCommanderForFirstFiringAlert() {
    AlertDecision decision = handle(firing("fp-1", T0, backend("WorkerQueueStuck")));

    assertThat(decision.disposition()).isEqualTo(Disposition.OPENED);
    assertThat(types(decision)).containsExactly(OPENED, COMMANDER_ASSIGNED);
    IncidentEvent last = decision.events().get(1);
    assertThat(last.getIncident().getIncidentId()).matches("INC-20261127-[0-9A-Z]{8}");
    assertThat(last.getIncident().getCommander()).isEqualTo("oncall-engineer");
    assertThat(last.getIncident().getResponseDueAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
    assertThat(last.getIncident().getRevision()).isEqualTo(2);
  }

  @Test
  void shouldJoinSecondAlertOfSameGroupAndRaiseSeverityToHighestOpenAlert() {
    handle(firing("fp-1", T0, backend("WorkerQueueStuck")));

    AlertDecision decision =
        handle(firing("fp-2", T0.plusSeconds(60), backend("WorkerQueueStuck", "P1")));

    assertThat(decision.disposition()).isEqualTo(Disposition.JOINED);
    assertThat(types(decision)).containsExactly(ALERT_ADDED, SEVERITY_CHANGED);
    IncidentEvent changed = decision.events().get(1);
    assertThat(changed.getPreviousSeverity()).isEqualTo(Severity.P2);
    assertThat(changed.getIncident().getSeverity()).isEqualTo(Severity.P1);
    assertThat(changed.getIncident().getResponseDueAt()).isEqualTo(T0.plusSeconds(15 * 60));
  }

  @Test
  void shouldTreatAlertTheIncidentAlreadyHoldsAsDuplicate() {
    Alert alert = firing("fp-1", T0, backend("WorkerQueueStuck"));
    handle(alert);

    AlertDecision decision = handle(resent(alert, Duration.ofHours(4)));

    assertThat(decision.disposition()).isEqualTo(Disposition.DUPLICATE);
    assertThat(decision.events()).isEmpty();
  }

  @Test
  void shouldResolveIncidentWhenItsLastAlertResolves() {
    Alert alert = firing("fp-1", T0, backend("WorkerQueueStuck"));
    handle(alert);

    AlertDecision decision = handle(resolved(alert, T0.plusSeconds(600)));

    assertThat(decision.disposition()).isEqualTo(Disposition.JOINED);
    assertThat(types(decision)).containsExactly(ALERT_RESOLVED, RESOLVED);
    assertThat(decision.events().get(1).getIncident().getResolvedAt())
        .isEqualTo(T0.plusSeconds(600));
  }

  @Test
  void shouldReopenAndCountWhenAlertFiresAgainWithinFlapWindow() {
    Alert first = firing("fp-1", T0, backend("WorkerQueueStuck"));
    String id = handle(first).events().get(0).getIncidentId();
    handle(resolved(first, T0.plusSeconds(600)));

    AlertDecision decision = handle(firing("fp-1", T0.plusSeconds(900), first.getLabels()));

    assertThat(decision.disposition()).isEqualTo(Disposition.OPENED);
    assertThat(types(decision)).containsExactly(REOPENED);
    assertThat(decision.events().get(0).getIncident().getIncidentId()).isEqualTo(id);
    assertThat(decision.events().get(0).getIncident().getReopenCount()).isEqualTo(1);
    assertThat(decision.events().get(0).getIncident().getStatus()).isEqualTo(IncidentStatus.OPEN);
  }

  @Test
  void shouldOpenNewIncidentWhenAlertFiresAgainAfterFlapWindow() {
    Alert first = firing("fp-1", T0, backend("WorkerQueueStuck"));
    String id = handle(first).events().get(0).getIncidentId();
    handle(resolved(first, T0.plusSeconds(600)));

    AlertDecision decision =
        handle(firing("fp-1", T0.plus(Duration.ofHours(2)), first.getLabels()));

    assertThat(types(decision)).startsWith(OPENED);
    assertThat(decision.events().get(0).getIncidentId()).isNotEqualTo(id);
  }

  @Test
  void shouldRecordAlertMatchedByActiveSilenceAsSilenced() {
    state.put(
        new Silence(
            "sil-1",
            List.of(new LabelMatcher("alertname", MatchOperator.REGEX, "Worker.*")),
            T0.plus(Duration.ofHours(1))));

    AlertDecision decision = handle(firing("fp-1", T0, backend("WorkerQueueStuck")));

    assertThat(decision.disposition()).isEqualTo(Disposition.SILENCED);
    assertThat(state.findAll()).isEmpty();
  }

  @Test
  void shouldInhibitLowerSeverityAlertOfScopeWhileP1IsOpen() {
    handle(firing("fp-p1", T0, backend("ApiUnresponsive")));

    AlertDecision decision =
        handle(firing("fp-lag", T0.plusSeconds(5), backend("EventProcessingLag")));

    assertThat(decision.disposition()).isEqualTo(Disposition.INHIBITED);
    assertThat(decision.detail())
        .startsWith("inhibited by rule p1-mutes-its-scope: 1 open source incident with namespace=");
  }

  @Test
  void shouldLetALowerAlertJoinItsOwnP1IncidentSinceAnIncidentNeverMutesItsOwnAlerts() {
    handle(firing("fp-p1", T0, backend("ApiUnresponsive")));

    AlertDecision decision =
        handle(firing("fp-p3", T0.plusSeconds(5), backend("ApiUnresponsive", "P3")));

    assertThat(decision.disposition()).isEqualTo(Disposition.JOINED);
    assertThat(decision.events().get(0).getIncident().getFiringBySeverity())
        .containsEntry("P1", 1)
        .containsEntry("P3", 1);
  }

  @Test
  void shouldStopMutingTheScopeOnceItsP1Resolves() {
    Alert p1 = firing("fp-p1", T0, backend("ApiUnresponsive"));
    handle(p1);
    handle(resolved(p1, T0.plusSeconds(10)));

    AlertDecision decision =
        handle(firing("fp-lag", T0.plusSeconds(20), backend("EventProcessingLag")));

    assertThat(decision.disposition()).isEqualTo(Disposition.OPENED);
  }

  @Test
  void shouldSuppressOpenLowerIncidentsOfScopeWhenP1Opens() {
    handle(firing("fp-lag", T0, backend("EventProcessingLag")));

    AlertDecision decision = handle(firing("fp-p1", T0.plusSeconds(5), backend("ApiUnresponsive")));

    assertThat(types(decision)).containsExactly(OPENED, COMMANDER_ASSIGNED, SUPPRESSED);
    assertThat(decision.events().get(2).getIncident().getStatus())
        .isEqualTo(IncidentStatus.SUPPRESSED);
  }

  @Test
  void shouldRecordResolutionOfAlertNoIncidentHoldsAsOrphaned() {
    Alert alert = firing("fp-1", T0, backend("WorkerQueueStuck"));

    AlertDecision decision = handle(resolved(alert, T0.plusSeconds(60)));

    assertThat(decision.disposition()).isEqualTo(Disposition.ORPHANED);
  }

  @Test
  void shouldRecordAlertOpeningAnUnclassifiedIncidentAsUnclassified() {
    Alert odd = firing("fp-odd", T0, backend("SomethingOdd"));

    AlertDecision decision = lifecycle.onAlert(odd, unclassified());

    assertThat(decision.disposition()).isEqualTo(Disposition.UNCLASSIFIED);
    assertThat(types(decision)).containsExactly(OPENED, COMMANDER_ASSIGNED);
  }

  @Test
  void shouldRecordAlertJoiningAnUnclassifiedIncidentAsUnclassified() {
    lifecycle.onAlert(firing("fp-odd", T0, backend("SomethingOdd")), unclassified());

    AlertDecision decision =
        lifecycle.onAlert(firing("fp-odder", T0.plusSeconds(5), backend("Odder")), unclassified());

    assertThat(decision.disposition()).isEqualTo(Disposition.UNCLASSIFIED);
    assertThat(types(decision)).containsExactly(ALERT_ADDED);
  }

  /** What the catalog decides for an alert no runbook matches: one incident per namespace. */
  private static Classification unclassified() {
    return new Classification(
        Classification.UNCLASSIFIED_RUNBOOK,
        "Unclassified alert",
        Severity.P3,
        "unclassified{namespace=\"crm\"}",
        Map.of("namespace", "crm"),
        "crm",
        "crm-backend",
        "test-1",
        "no runbook's symptoms");
  }
}
