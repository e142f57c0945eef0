package dev.responder.console.replay;

import dev.responder.remediator.plan.CatalogPlanner;
import dev.responder.remediator.plan.Findings;
import dev.responder.remediator.plan.PlanContext;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.catalog.Catalog;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The actions the remediator's own planner would run for an incident under a catalog, planned (not
 * executed) on every event that makes the remediator plan, with the figures the checks really
 * reported ({@link RecordedFindings}). Guardrails that depend on live state (cooldown, budgets,
 * circuits, approvals) are not applied: replay compares what the catalog asks for.
 */
final class PlannedActions implements ActionSource {

  private static final Set<IncidentEventType> PLANNING =
      Set.of(
          IncidentEventType.OPENED, IncidentEventType.REOPENED, IncidentEventType.SEVERITY_CHANGED);

  private final CatalogPlanner planner;
  private final Catalog catalog;
  private final RecordedFindings findings;

  PlannedActions(Catalog catalog, RecordedFindings findings) {
    this.planner = new CatalogPlanner(catalog);
    this.catalog = catalog;
    this.findings = findings;
  }

  @Override
  public Optional<SortedSet<String>> actions(
      String incidentId, String openedBy, List<IncidentEvent> events) {
    SortedSet<String> actions = new TreeSet<>();
    for (IncidentEvent event : events) {
      if (!PLANNING.contains(event.getType())) {
        continue;
      }
      Incident incident = event.getIncident();
      Findings figures = findings.forEvent(incidentId, openedBy, event.getEventId());
      planner
          .plan(
              new PlanContext(
                  incidentId,
                  incident.getRunbookId(),
                  incident.getSeverity().name(),
                  catalog.version(),
                  event.getEventId(),
                  incident.getTitle()))
          .ifPresent(
              plan ->
                  plan.actionsToRun(figures)
                      .forEach(step -> actions.add(step.id() + " on " + step.target().path())));
    }
    return Optional.of(actions);
  }
}
