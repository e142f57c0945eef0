package dev.responder.remediator.plan;

import java.util.Objects;

/**
 * Where a plan comes from: the incident, its runbook and severity, the catalog version that decided
 * it, the incident event that caused it, and the incident's title for messages.
 */
public record PlanContext(
    String incidentId,
    String runbookId,
    String severity,
    String catalogVersion,
    String causeEventId,
    String title) {

  public PlanContext {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(runbookId, "runbookId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(catalogVersion, "catalogVersion");
    Objects.requireNonNull(causeEventId, "causeEventId");
    Objects.requireNonNull(title, "title");
  }
}
