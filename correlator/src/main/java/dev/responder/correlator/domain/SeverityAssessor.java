package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.Severity;
import java.util.Map;

/**
 * The severity one member alert implies: its classification's, or what the runbook's rules decide
 * on its labels and the latest figures of its incident's checks. The incident's severity is the
 * most severe its firing members imply, read from the header's counts ({@link MemberCounts}).
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

  /** The figures of the incident's checks, by check id and figure name. */
  Map<String, Map<String, Double>> figuresOf(String incidentId) {
    return CheckFigures.of(checks.checksOf(incidentId));
  }

  Assessment assess(
      String runbookId, IncidentAlert member, Map<String, Map<String, Double>> figures) {
    Assessment classified =
        new Assessment(member.getSeverity(), "its open alerts now imply " + member.getSeverity());
    if (figures.isEmpty()) {
      return classified;
    }
    return rules
        .decide(runbookId, member.getLabels(), figures)
        .map(verdict -> new Assessment(verdict.severity(), verdict.reason()))
        .orElse(classified);
  }

  /** The severity the header's firing counts imply, or its own when nothing fires. */
  static Assessment implied(Incident.Builder header) {
    return MemberCounts.mostSevereFiring(header)
        .map(severity -> new Assessment(severity, "its open alerts now imply " + severity))
        .orElseGet(() -> new Assessment(header.getSeverity(), "no alert fires"));
  }
}
