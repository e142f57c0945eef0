package dev.responder.correlator.testing;

import dev.responder.correlator.domain.AlertClassifier;
import dev.responder.correlator.domain.Classification;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A catalog of three runbooks matched on {@code alertname}, grouped by namespace and service; a
 * {@code severity} label of P1..P4 overrides the runbook's severity, as the catalog's raise and
 * lower conditions would.
 */
public final class AlertnameClassifier implements AlertClassifier {

  private static final Map<String, Severity> RUNBOOKS =
      Map.of(
          "ApiUnresponsive", Severity.P1,
          "WorkerQueueStuck", Severity.P2,
          "EventProcessingLag", Severity.P3);

  @Override
  public Optional<Classification> classify(Alert alert) {
    String alertname = alert.getLabels().getOrDefault("alertname", "");
    Severity base = RUNBOOKS.get(alertname);
    if (base == null) {
      return Optional.empty();
    }
    Map<String, String> labels = alert.getLabels();
    Severity severity =
        labels.containsKey("severity") ? Severity.valueOf(labels.get("severity")) : base;
    Map<String, String> group = new LinkedHashMap<>();
    group.put("namespace", labels.getOrDefault("namespace", ""));
    group.put("service", labels.getOrDefault("service", ""));
    String runbook = alertname.toLowerCase();
    return Optional.of(
        new Classification(
            runbook,
            alertname,
            severity,
            runbook + group,
            group,
            group.get("namespace"),
            group.get("service"),
            "test-1",
            "alertname=" + alertname));
  }
}
