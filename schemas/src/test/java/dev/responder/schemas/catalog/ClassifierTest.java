package dev.responder.schemas.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Severity;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each seed runbook catches its representative alert and CRM event, with the right severity. */
class ClassifierTest {

  private static final Instant DETECTED = Instant.parse("2026-11-24T10:00:00Z");

  private final Catalog catalog = CrmCatalog.load();
  private final Classifier classifier = new Classifier(catalog);

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource({
    "CrmApiTimeouts,                 crm-backend, api-unresponsive,              P2",
    "CrmWorkerQueueStuck,            crm-worker,  worker-queue-stuck,            P2",
    "CrmDatabaseConnectionsExhausted, crm-backend, database-connections-exhausted, P2",
    "CrmSocialPublishingFailed,      crm-worker,  social-publishing-failed,      P3",
    "CrmEventProcessingLag,          crm-worker,  event-processing-lag,          P3",
  })
  void shouldClassifyEachRunbooksAlert(
      String alertname, String service, String runbook, Severity severity) {
    Map<String, String> labels =
        Map.of(
            "alertname", alertname, "namespace", "crm", "service", service, "severity", "warning");

    Classification result = classifier.classify(labels, DETECTED);

    assertThat(result.runbookId()).isEqualTo(runbook);
    assertThat(result.severity()).isEqualTo(severity);
    assertThat(result.groupingKey()).isEqualTo(runbook + "{namespace=\"crm\"}");
    assertThat(result.catalogVersion()).isEqualTo(catalog.version());
  }

  @ParameterizedTest(name = "event {0} -> {1} {2}")
  @CsvSource({
    "api.health.failed,     api-unresponsive,               P2",
    "worker.job.stalled,    worker-queue-stuck,             P2",
    "db.connection.timeout, database-connections-exhausted, P2",
    "social.publish.failed, social-publishing-failed,       P3",
    "sync.event.failed,     event-processing-lag,           P3",
  })
  void shouldClassifyEachRunbooksCrmEvent(String eventType, String runbook, Severity severity) {
    Classification result = classifier.classify(Map.of("namespace", "crm"), eventType, DETECTED);

    assertThat(result.runbookId()).isEqualTo(runbook);
    assertThat(result.severity()).isEqualTo(severity);
    assertThat(result.matchedBy()).isEqualTo("event type " + eventType);
  }

  @Test
  void shouldRaiseApiUnresponsiveToP1ForTheCapturedCriticalAlert() {
    // The labels of fixtures/alertmanager-0.25-webhook.json.
    Map<String, String> labels =
        Map.of(
            "alertname",
            "HighErrorRate",
            "namespace",
            "crm",
            "service",
            "crm-backend",
            "severity",
            "critical");

    Classification result = classifier.classify(labels, DETECTED);

    assertThat(result.runbookId()).isEqualTo("api-unresponsive");
    assertThat(result.severity()).isEqualTo(Severity.P1);
    assertThat(result.severityReason()).contains("raised from P2 to P1 by {severity=\"critical\"}");
    assertThat(result.respondBy()).isEqualTo(DETECTED.plusSeconds(15 * 60));
  }

  @Test
  void shouldRaiseApiUnresponsiveToP1WhenEveryBackendPodIsDown() {
    Map<String, String> labels =
        Map.of("alertname", "CrmBackendPodsUnavailable", "namespace", "crm");

    Classification result = classifier.classify(labels, DETECTED);

    assertThat(result.runbookId()).isEqualTo("api-unresponsive");
    assertThat(result.severity()).isEqualTo(Severity.P1);
    assertThat(result.severityReason()).contains("every crm-backend pod is down");
  }

  @Test
  void shouldRaiseApiUnresponsiveToP1OnceTheChecksFindNoReadyBackendPod() {
    Runbook api = catalog.runbook("api-unresponsive").orElseThrow();
    Figures noneReady = Figures.of(Map.of("backend_pods", Map.of("ready", 0.0, "total", 2.0)));

    SeverityDecision decision = api.severity().decide(Map.of("severity", "warning"), noneReady);

    assertThat(decision.severity()).isEqualTo(Severity.P1);
    assertThat(
            classifier
                .classify(
                    Map.of("alertname", "CrmApiDown", "namespace", "crm", "service", "crm-api"),
                    DETECTED)
                .pendingRules())
        .extracting(SeverityRule::condition)
        .contains("backend_pods.ready == 0");
  }

  @Test
  void shouldNotMatchAnotherNamespacesAlert() {
    Map<String, String> labels =
        Map.of("alertname", "CrmApiTimeouts", "namespace", "staging", "service", "crm-backend");

    assertThat(classifier.classify(labels, DETECTED).isUnclassified()).isTrue();
  }

  @ParameterizedTest(name = "severity={0} -> {1}")
  @CsvSource({"critical, P1", "error, P2", "warning, P3", "info, P4", "bogus, P3"})
  void shouldClassifyUnmatchedAlertsByTheirSeverityLabel(String label, Severity severity) {
    Map<String, String> labels =
        Map.of("alertname", "DiskFull", "namespace", "crm", "severity", label);

    Classification result = classifier.classify(labels, DETECTED);

    assertThat(result.runbookId()).isEqualTo("unclassified");
    assertThat(result.severity()).isEqualTo(severity);
    assertThat(result.groupingKey())
        .isEqualTo("unclassified{alertname=\"DiskFull\",namespace=\"crm\"}");
  }

  @Test
  void shouldDefaultAnUnclassifiedAlertWithoutSeverityLabelToP3() {
    Classification result = classifier.classify(Map.of("alertname", "DiskFull"), DETECTED);

    assertThat(result.severity()).isEqualTo(Severity.P3);
    assertThat(result.severityReason()).isEqualTo("no severity label: default P3");
  }
}
