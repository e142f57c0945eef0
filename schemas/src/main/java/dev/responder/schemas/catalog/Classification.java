package dev.responder.schemas.catalog;

import dev.responder.schemas.avro.Severity;
import java.time.Instant;
import java.util.List;

/**
 * The catalog's decision for one alert or CRM event: its runbook (or {@code unclassified}), its
 * severity, the grouping key of the incident it belongs to, and why, stamped with the catalog
 * version that decided it.
 *
 * @param matchedBy what made the runbook match, e.g. {@code labels {alertname="X"}}
 * @param alsoMatched later runbooks that matched too (the first in catalog order wins)
 * @param pendingRules severity rules on check figures that may still change the severity
 */
public record Classification(
    String runbookId,
    String title,
    Severity severity,
    String groupingKey,
    String catalogVersion,
    String matchedBy,
    String severityReason,
    List<String> alsoMatched,
    List<SeverityRule> pendingRules,
    Instant detectedAt,
    Instant respondBy) {

  public Classification {
    alsoMatched = List.copyOf(alsoMatched);
    pendingRules = List.copyOf(pendingRules);
  }

  public boolean isUnclassified() {
    return UnclassifiedPolicy.RUNBOOK_ID.equals(runbookId);
  }

  /** One line saying why, for logs and incident events. */
  public String reason() {
    return runbookId + " matched by " + matchedBy + "; " + severity + ": " + severityReason;
  }
}
