package dev.responder.console.report;

import dev.responder.console.history.IncidentSummary;
import dev.responder.console.history.TimelineEntry;
import dev.responder.schemas.catalog.Runbook;
import dev.responder.schemas.catalog.SeverityLevel;
import java.util.List;
import java.util.Optional;

/**
 * What a report is written from: the incident, its timeline, and from the catalog its runbook
 * (empty for an unclassified incident or a runbook the catalog no longer has) and its severity's
 * level.
 */
public record ReportInput(
    IncidentSummary incident,
    List<TimelineEntry> timeline,
    Optional<Runbook> runbook,
    Optional<SeverityLevel> severityLevel,
    String catalogFile) {

  public ReportInput {
    timeline = List.copyOf(timeline);
  }
}
