package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.Severity;
import java.util.Comparator;
import java.util.Map;

/**
 * The severity an incident should have: the most severe that its firing alerts imply, each alert's
 * severity decided again by the runbook's rules on its labels and the latest figures of the
 * incident's checks. Without check figures every alert keeps its classification's severity.
 */
final class SeverityAssessor {

  private final SeverityRules rules;
  private final CheckResultRepository checks;

  SeverityAssessor(SeverityRules rules, CheckResultRepository checks) {
    this.rules = rules;
    this.checks = checks;
  }

  /** A severity and why: the alert's classification, or the rule that used check figures. */
  record Assessment(Severity severity, String reason) {}

  Assessment assess(Incident.Builder incident) {
    Map<String, Map<String, Double>> figures =
        CheckFigures.of(checks.checksOf(incident.getIncidentId()));
    return IncidentFacts.firing(incident.getAlerts()).stream()
        .map(alert -> assess(incident.getRunbookId(), alert, figures))
        .min(Comparator.comparing(Assessment::severity))
        .orElseGet(() -> new Assessment(incident.getSeverity(), "no alert fires"));
  }

  private Assessment assess(
      String runbookId, IncidentAlert alert, Map<String, Map<String, Double>> figures) {
    Assessment classified =
        new Assessment(alert.getSeverity(), "its open alerts now imply " + alert.getSeverity());
    if (figures.isEmpty()) {
      return classified;
    }
    return rules
        .decide(runbookId, alert.getLabels(), figures)
        .map(verdict -> new Assessment(verdict.severity(), verdict.reason()))
        .orElse(classified);
  }
}
