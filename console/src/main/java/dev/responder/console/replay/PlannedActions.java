package dev.responder.console.replay;

import dev.responder.planning.CatalogPlanner;
import dev.responder.planning.PlanContext;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.catalog.Catalog;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The side effects (notifications and actions) the remediator's own planner decides on for an
 * incident under a catalog, planned (not executed) on every event that makes the remediator plan,
 * with the facts the live remediator had for the same occasion ({@link RecordedFacts}). Guardrails
 * that depend on live state (cooldown, budgets, circuits, approvals) are not applied: replay
 * compares what the catalog asks for.
 */
final class PlannedActions implements ActionSource {

  private final CatalogPlanner planner;
  private final Catalog catalog;
  private final RecordedFacts facts;

  PlannedActions(Catalog catalog, RecordedFacts facts) {
    this.planner = new CatalogPlanner(catalog);
    this.catalog = catalog;
    this.facts = facts;
  }

  @Override
  public Optional<SortedSet<String>> actions(
      String incidentId, String openedBy, List<IncidentEvent> events) {
    SortedSet<String> actions = new TreeSet<>();
    Occasions.of(openedBy, events)
        .forEach(
            (occasion, event) -> {
              Incident incident = event.getIncident();
              PlanContext context =
                  new PlanContext(
                      incidentId,
                      incident.getRunbookId(),
                      incident.getSeverity().name(),
                      catalog.version(),
                      event.getEventId(),
                      incident.getTitle());
              facts
                  .forOccasion(occasion, openedBy, event.getOccurredAt())
                  .ifPresent(
                      figures ->
                          planner
                              .plan(context)
                              .ifPresent(
                                  plan ->
                                      plan.sideEffectsToRun(figures)
                                          .forEach(
                                              step ->
                                                  actions.add(
                                                      step.id() + " on " + step.target().path()))));
            });
    return Optional.of(actions);
  }
}
