package dev.responder.correlator.topology;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.firing;
import static dev.responder.correlator.testing.Alerts.resolved;
import static dev.responder.schemas.avro.IncidentEventType.SUPPRESSED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.domain.Disposition;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentStatus;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped catalog's inhibit rule, {@code outage-mutes-its-service}, on the real topology: a P1
 * api-unresponsive or database-connections-exhausted incident mutes the P2-P4 alerts of its
 * namespace and service that Alertmanager does not mark critical; nothing else mutes anything.
 */
class InhibitRulesTopologyTest {

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

  private static Alert alert(String fingerprint, int second, String... labels) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < labels.length; i += 2) {
      map.put(labels[i], labels[i + 1]);
    }
    return firing(fingerprint, T0.plusSeconds(second), map);
  }

  /** A critical CRM API alert: api-unresponsive at P1, a source of the rule. */
  private static Alert apiOutage(String service) {
    return alert(
        "fp-api-" + service,
        0,
        "alertname",
        "CrmApiDown",
        "namespace",
        "crm",
        "service",
        service,
        "severity",
        "critical");
  }

  /** An event-processing-lag alert (P3 by default). */
  private static Alert lag(String fingerprint, int second, String service) {
    return alert(
        fingerprint,
        second,
        "alertname",
        "CrmEventProcessingLag",
        "namespace",
        "crm",
        "service",
        service);
  }

  private long count(Disposition disposition) {
    return correlator.dispositions.count(disposition);
  }

  @Test
  void shouldInhibitALesserAlertOfTheServiceWhileItsApiOutageIsOpen() {
    correlator.receive(apiOutage("crm-backend"));
    correlator.events();

    correlator.receive(lag("fp-lag", 30, "crm-backend"));

    assertThat(count(Disposition.INHIBITED)).isEqualTo(1);
    assertThat(correlator.events()).isEmpty();
  }

  @Test
  void shouldInhibitALesserAlertWhileTheDatabaseConnectionsOfItsServiceAreExhausted() {
    correlator.receive(
        alert(
            "fp-db",
            0,
            "alertname",
            "CrmDatabaseConnectionsExhausted",
            "namespace",
            "crm",
            "service",
            "crm-backend",
            "severity",
            "critical"));
    correlator.events();

    correlator.receive(lag("fp-lag", 30, "crm-backend"));

    assertThat(count(Disposition.INHIBITED)).isEqualTo(1);
  }

  @Test
  void shouldNotMuteAnotherServiceOfTheNamespace() {
    correlator.receive(apiOutage("crm-backend"));

    correlator.receive(lag("fp-lag", 30, "crm-worker"));

    assertThat(count(Disposition.INHIBITED)).isZero();
    assertThat(count(Disposition.OPENED)).isEqualTo(2);
  }

  @Test
  void shouldNeverMuteAnAlertAlertmanagerMarksCritical() {
    correlator.receive(apiOutage("crm-backend"));
    correlator.events();

    correlator.receive(
        alert(
            "fp-odd",
            30,
            "alertname",
            "SomethingOdd",
            "namespace",
            "crm",
            "service",
            "crm-backend",
            "severity",
            "critical"));

    assertThat(count(Disposition.INHIBITED)).isZero();
    assertThat(count(Disposition.UNCLASSIFIED)).isEqualTo(1);
    assertThat(correlator.events()).isNotEmpty();
  }

  /** A critical alert no runbook matches (unclassified, P1), and a critical worker alert (P1). */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"SomethingOdd", "CrmWorkerQueueStuck"})
  void shouldNotLetAP1TheRuleDoesNotListAsSourceMuteItsService(String alertname) {
    correlator.receive(
        alert(
            "fp-p1",
            0,
            "alertname",
            alertname,
            "namespace",
            "crm",
            "service",
            "crm-backend",
            "severity",
            "critical"));

    correlator.receive(lag("fp-lag", 30, "crm-backend"));

    assertThat(count(Disposition.INHIBITED)).isZero();
    assertThat(count(Disposition.OPENED)).isEqualTo(alertname.startsWith("Crm") ? 2 : 1);
  }

  @Test
  void shouldSuppressTheServicesOpenLesserIncidentWhenTheOutageOpens() {
    correlator.receive(lag("fp-lag", 0, "crm-backend"));
    String lagIncident = correlator.events().get(0).getIncidentId();

    correlator.receive(apiOutage("crm-backend"));

    List<IncidentEvent> suppressed =
        correlator.events().stream().filter(event -> event.getType() == SUPPRESSED).toList();
    assertThat(suppressed).hasSize(1);
    assertThat(suppressed.get(0).getIncidentId()).isEqualTo(lagIncident);
    assertThat(suppressed.get(0).getIncident().getStatus()).isEqualTo(IncidentStatus.SUPPRESSED);
    assertThat(suppressed.get(0).getCause().getDetail()).contains("outage-mutes-its-service");
  }

  @Test
  void shouldLiftTheMuteOnceTheOutageResolves() {
    Alert outage = apiOutage("crm-backend");
    correlator.receive(outage);
    correlator.receive(resolved(outage, T0.plusSeconds(20)));

    correlator.receive(lag("fp-lag", 30, "crm-backend"));

    assertThat(count(Disposition.INHIBITED)).isZero();
    assertThat(count(Disposition.OPENED)).isEqualTo(2);
  }
}
