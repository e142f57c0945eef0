package dev.responder.remediator.engine;

import dev.responder.remediator.plan.PlanContext;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;

/** Reads the plan's context from an incident event's snapshot of its incident. */
public final class IncidentContexts {

  private IncidentContexts() {}

  public static PlanContext of(IncidentEvent event) {
    Incident incident = event.getIncident();
    return new PlanContext(
        incident.getIncidentId(),
        incident.getRunbookId(),
        incident.getSeverity().name(),
        incident.getCatalogVersion(),
        event.getEventId(),
        incident.getTitle());
  }
}
