package dev.responder.remediator.engine;

import dev.responder.planning.Briefing;
import dev.responder.planning.PlanContext;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.IncidentEvent;
import java.util.List;
import java.util.Optional;

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
        incident.getTitle(),
        new Briefing(
            summary(event),
            Optional.ofNullable(incident.getCommander()).filter(c -> !c.isBlank()),
            Optional.ofNullable(incident.getResponseDueAt()),
            scope(incident)),
        incident.getReopenCount());
  }

  /** Namespace and service, as the correlator keys an incident's scope (missing parts empty). */
  static String scope(Incident incident) {
    String namespace = incident.getNamespace() == null ? "" : incident.getNamespace();
    String service = incident.getService() == null ? "" : incident.getService();
    return namespace + "/" + service;
  }

  /**
   * What fired: the distinct alert names (a CRM event's type is its alert name) and how many
   * alerts, then the correlator's classification reason when it gave one; the title when there is
   * neither. Since IncidentEvent v3 the header carries the member count and the event the member it
   * is about; older events carry every member in the incident's {@code alerts}.
   */
  static String summary(IncidentEvent event) {
    Incident incident = event.getIncident();
    List<IncidentAlert> held = incident.getAlerts() == null ? List.of() : incident.getAlerts();
    List<IncidentAlert> alerts =
        !held.isEmpty() || event.getAlert() == null ? held : List.of(event.getAlert());
    int count = held.isEmpty() ? Math.max(incident.getMemberCount(), alerts.size()) : held.size();
    List<String> names =
        alerts.stream()
            .map(alert -> alert.getLabels().get("alertname"))
            .filter(name -> name != null && !name.isBlank())
            .distinct()
            .toList();
    StringBuilder summary = new StringBuilder();
    if (!names.isEmpty()) {
      summary
          .append(String.join(", ", names))
          .append(" (")
          .append(count)
          .append(count == 1 ? " alert)" : " alerts)");
    }
    String reason = incident.getClassificationReason();
    if (reason != null && !reason.isBlank()) {
      summary.append(summary.isEmpty() ? "" : "; ").append(reason);
    }
    return summary.isEmpty() ? incident.getTitle() : summary.toString();
  }
}
