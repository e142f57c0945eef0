package dev.responder.console.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An incident's latest state as the projection knows it, with the times the reports need. */
public record IncidentSummary(
    String incidentId,
    String runbookId,
    String title,
    String severity,
    String status,
    Instant detectedAt,
    Instant responseDueAt,
    Optional<Instant> acknowledgedAt,
    Optional<String> acknowledgedBy,
    Optional<Instant> resolvedAt,
    Optional<String> commander,
    int escalationLevel,
    String catalogVersion,
    String classificationReason) {

  public IncidentSummary {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(detectedAt, "detectedAt");
    Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
    Objects.requireNonNull(acknowledgedBy, "acknowledgedBy");
    Objects.requireNonNull(resolvedAt, "resolvedAt");
    Objects.requireNonNull(commander, "commander");
  }
}
