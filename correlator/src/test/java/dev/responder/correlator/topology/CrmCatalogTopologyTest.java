package dev.responder.correlator.topology;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.firing;
import static dev.responder.schemas.avro.IncidentEventType.ALERT_ADDED;
import static dev.responder.schemas.avro.IncidentEventType.COMMANDER_ASSIGNED;
import static dev.responder.schemas.avro.IncidentEventType.ESCALATED;
import static dev.responder.schemas.avro.IncidentEventType.OPENED;
import static dev.responder.schemas.avro.IncidentEventType.RESPONSE_DEADLINE_BREACHED;
import static dev.responder.schemas.avro.IncidentEventType.SEVERITY_CHANGED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.domain.Disposition;
import dev.responder.correlator.testing.Outcomes;
import dev.responder.schemas.avro.CauseKind;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology with the catalog the project ships, runbooks/crm.yaml. */
class CrmCatalogTopologyTest {

  private static final Path CATALOG = Path.of("..", "runbooks", "crm.yaml");

  @TempDir Path stateDir;
  private CorrelatorDriver correlator;

  @BeforeEach
  void startWithTheShippedCatalog() {
    correlator = CorrelatorDriver.withCatalog(stateDir, T0, CATALOG);
  }

  @AfterEach
  void close() {
    correlator.close();
  }

  @Test
  void shouldOpenApiUnresponsiveAsP1WithTheOnCallCommanderForACriticalApiAlert() {
    correlator.receive(
        firing(
            "fp-api",
            T0,
            Map.of(
                "alertname", "CrmApiDown",
                "namespace", "crm",
                "service", "crm-backend",
                "severity", "critical")));

    List<IncidentEvent> events = correlator.events();
    assertThat(events)
        .extracting(IncidentEvent::getType)
        .containsExactly(OPENED, COMMANDER_ASSIGNED);
    Incident incident = events.get(1).getIncident();
    assertThat(incident.getRunbookId()).isEqualTo("api-unresponsive");
    assertThat(incident.getSeverity()).isEqualTo(Severity.P1);
    assertThat(incident.getGroupLabels()).containsEntry("namespace", "crm");
    assertThat(incident.getCommander()).isNotBlank();
    // the first notifications are planned from OPENED: its snapshot already names the commander
    assertThat(events.get(0).getIncident().getCommander()).isEqualTo(incident.getCommander());
    assertThat(incident.getResponseDueAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
  }

  @Test
  void shouldMakeWhomAnOnCallOverrideNamesTheCommanderOfANewIncident() {
    // given someone covering the commander's shift
    correlator.command(Commands.onCall("zoe", T0.minusSeconds(60), T0.plus(Duration.ofHours(8))));
    // when a P1 opens within the cover
    correlator.receive(
        firing(
            "fp-api",
            T0,
            Map.of(
                "alertname", "CrmApiDown",
                "namespace", "crm",
                "service", "crm-backend",
                "severity", "critical")));
    // then the override's user commands it, not the rotation's
    List<IncidentEvent> events = correlator.events();
    assertThat(events.get(1).getIncident().getCommander()).isEqualTo("zoe");
  }

  @Test
  void shouldKeepTheRotationOutsideAnOverridesWindow() {
    correlator.command(
        Commands.onCall("zoe", T0.minus(Duration.ofHours(9)), T0.minus(Duration.ofHours(1))));

    correlator.receive(
        firing(
            "fp-api",
            T0,
            Map.of("alertname", "CrmApiDown", "namespace", "crm", "service", "crm-backend")));

    assertThat(correlator.events().get(1).getIncident().getCommander()).isNotEqualTo("zoe");
  }

  @Test
  void shouldRecordACommentWithoutChangingTheIncident() {
    correlator.receive(
        firing(
            "fp-api",
            T0,
            Map.of("alertname", "CrmApiDown", "namespace", "crm", "service", "crm-backend")));
    String id = correlator.events().get(0).getIncidentId();

    correlator.command(Commands.comment(id, "looking at the pool", T0.plusSeconds(30)));

    assertThat(correlator.events()).isEmpty();
  }

  @Test
  void shouldEscalateAP1ToThePlatformLeadAtFifteenMinutes() {
    correlator.receive(
        firing(
            "fp-pods", T0, Map.of("alertname", "CrmBackendPodsUnavailable", "namespace", "crm")));
    correlator.events();

    correlator.advanceWallClock(Duration.ofMinutes(15));

    List<IncidentEvent> events = correlator.events();
    assertThat(events)
        .extracting(IncidentEvent::getType)
        .containsExactly(RESPONSE_DEADLINE_BREACHED, ESCALATED);
    assertThat(events.get(1).getEscalationTarget()).startsWith("Platform lead");
  }

  @Test
  void shouldGiveAnUnmatchedInfoAlertOnFridayUntilTheNextBusinessDay() {
    correlator.receive(
        firing(
            "fp-odd",
            T0,
            Map.of("alertname", "SomethingOdd", "namespace", "crm", "severity", "info")));

    Incident incident = correlator.events().get(0).getIncident();
    assertThat(incident.getRunbookId()).isEqualTo("unclassified");
    assertThat(incident.getSeverity()).isEqualTo(Severity.P4);
    Instant due = incident.getResponseDueAt();
    assertThat(due.atZone(ZoneId.of("Europe/Berlin")).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(due).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
  }

  @Test
  void shouldCountAlertsNoRunbookMatchesAsUnclassifiedWhileTheyOpenAndJoinTheirIncident() {
    correlator.receive(
        firing("fp-odd", T0, Map.of("alertname", "SomethingOdd", "namespace", "crm")),
        firing(
            "fp-odd-2",
            T0.plusSeconds(5),
            Map.of("alertname", "SomethingOdd", "namespace", "crm", "pod", "crm-2")));

    List<IncidentEvent> events = correlator.events();
    assertThat(events)
        .extracting(IncidentEvent::getType)
        .containsExactly(OPENED, COMMANDER_ASSIGNED, ALERT_ADDED);
    assertThat(events)
        .extracting(IncidentEvent::getIncidentId)
        .containsOnly(events.get(0).getIncidentId());
    assertThat(correlator.dispositions.count(Disposition.UNCLASSIFIED)).isEqualTo(2);
    assertThat(correlator.dispositions.count(Disposition.OPENED)).isZero();
    assertThat(correlator.dispositions.count(Disposition.JOINED)).isZero();
  }

  @Test
  void shouldRaiseApiUnresponsiveToP1WhenTheBackendPodsCheckFindsNoReadyPod() {
    Incident incident = openedApiIncident();

    RemediationOutcome check = backendPods(incident, "0");
    correlator.outcome(check);

    List<IncidentEvent> events = correlator.events();
    assertThat(events).extracting(IncidentEvent::getType).containsExactly(SEVERITY_CHANGED);
    IncidentEvent raised = events.get(0);
    assertThat(raised.getCause().getKind()).isEqualTo(CauseKind.CHECK);
    assertThat(raised.getCause().getOutcomeId()).isEqualTo(check.getOutcomeId());
    assertThat(raised.getPreviousSeverity()).isEqualTo(Severity.P2);
    assertThat(raised.getIncident().getSeverity()).isEqualTo(Severity.P1);
    assertThat(raised.getIncident().getResponseDueAt())
        .isEqualTo(incident.getDetectedAt().plus(Duration.ofMinutes(15)));
    assertThat(raised.getCause().getDetail())
        .contains("check backend_pods reported ready=0")
        .contains("backend_pods.ready == 0");
    assertThat(raised.getOccurredAt()).isEqualTo(T0.plusSeconds(30));
  }

  @Test
  void shouldLeaveTheSeverityAloneWhenTheCheckFigureDoesNotSatisfyTheRule() {
    Incident incident = openedApiIncident();

    correlator.outcome(backendPods(incident, "2"));

    assertThat(correlator.events()).isEmpty();
  }

  @Test
  void shouldIgnoreACheckResultForAnIncidentItDoesNotHold() {
    correlator.outcome(
        Outcomes.check(
            "INC-20261127-UNKNOWN0",
            "api-unresponsive",
            "backend_pods",
            Map.of("ready", "0"),
            T0.plusSeconds(30)));

    assertThat(correlator.events()).isEmpty();
    assertThat(correlator.latestIncidents()).isEmpty();
  }

  @Test
  void shouldLowerWorkerQueueStuckToP3WhenOnlyAShortBacklogWaits() {
    correlator.receive(
        firing(
            "fp-queue",
            T0,
            Map.of(
                "alertname", "CrmWorkerQueueStuck", "namespace", "crm", "service", "crm-worker")));
    Incident incident = correlator.events().get(0).getIncident();
    assertThat(incident.getRunbookId()).isEqualTo("worker-queue-stuck");

    correlator.outcome(
        Outcomes.check(
            incident.getIncidentId(),
            "worker-queue-stuck",
            "queue_depth",
            Map.of("depth", "42"),
            T0.plusSeconds(30)));

    List<IncidentEvent> events = correlator.events();
    assertThat(events).extracting(IncidentEvent::getType).containsExactly(SEVERITY_CHANGED);
    assertThat(events.get(0).getIncident().getSeverity()).isEqualTo(Severity.P3);
    assertThat(events.get(0).getCause().getDetail()).contains("queue_depth.depth < 100");
  }

  @Test
  void shouldEscalateOneLevelWhenTheRemediatorFindsItsRunbookDidNotFixTheIncident() {
    Incident incident = openedApiIncident();
    RemediationOutcome notFixed =
        Outcomes.verification(
            incident.getIncidentId(), "api-unresponsive", false, T0.plusSeconds(150));

    correlator.outcome(notFixed);

    List<IncidentEvent> events = correlator.events();
    assertThat(events).extracting(IncidentEvent::getType).containsExactly(ESCALATED);
    IncidentEvent escalated = events.get(0);
    assertThat(escalated.getIncident().getEscalationLevel()).isEqualTo(1);
    assertThat(escalated.getEscalationTarget()).startsWith("Platform lead");
    assertThat(escalated.getCause().getKind()).isEqualTo(CauseKind.CHECK);
    assertThat(escalated.getCause().getOutcomeId()).isEqualTo(notFixed.getOutcomeId());
    assertThat(escalated.getCause().getDetail())
        .isEqualTo("runbook api-unresponsive did not fix it: not fixed: api_health.up == 1");
    assertThat(escalated.getOccurredAt()).isEqualTo(T0.plusSeconds(150));
  }

  @Test
  void shouldNotEscalateWhenTheVerificationFoundTheIncidentFixed() {
    Incident incident = openedApiIncident();

    correlator.outcome(
        Outcomes.verification(
            incident.getIncidentId(), "api-unresponsive", true, T0.plusSeconds(150)));

    assertThat(correlator.events()).isEmpty();
  }

  /** An api-unresponsive incident at its default P2 (no critical label, pods not yet checked). */
  private Incident openedApiIncident() {
    correlator.receive(
        firing(
            "fp-api",
            T0,
            Map.of("alertname", "CrmApiDown", "namespace", "crm", "service", "crm-backend")));
    Incident incident = correlator.events().get(0).getIncident();
    assertThat(incident.getRunbookId()).isEqualTo("api-unresponsive");
    assertThat(incident.getSeverity()).isEqualTo(Severity.P2);
    return incident;
  }

  private static RemediationOutcome backendPods(Incident incident, String ready) {
    return Outcomes.check(
        incident.getIncidentId(),
        "api-unresponsive",
        "backend_pods",
        Map.of("ready", ready, "notReady", "3"),
        T0.plusSeconds(30));
  }
}
