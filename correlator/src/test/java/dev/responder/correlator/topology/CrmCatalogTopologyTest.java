package dev.responder.correlator.topology;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.firing;
import static dev.responder.schemas.avro.IncidentEventType.ALERT_ADDED;
import static dev.responder.schemas.avro.IncidentEventType.COMMANDER_ASSIGNED;
import static dev.responder.schemas.avro.IncidentEventType.ESCALATED;
import static dev.responder.schemas.avro.IncidentEventType.OPENED;
import static dev.responder.schemas.avro.IncidentEventType.RESPONSE_DEADLINE_BREACHED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.domain.Disposition;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
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
    CatalogPorts ports = CatalogPorts.load(CATALOG);
    correlator = new CorrelatorDriver(stateDir, T0, ports.classifier(), ports.policy());
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
    assertThat(incident.getResponseDueAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
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
}
