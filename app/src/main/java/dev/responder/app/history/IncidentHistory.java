package dev.responder.app.history;

import dev.responder.console.history.HistoryStore;
import dev.responder.console.history.IncidentSummary;
import dev.responder.console.history.Timeline;
import dev.responder.console.history.TimelineEntry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** One incident and its timeline, read from an up-to-date projection, for timeline and report. */
record IncidentHistory(IncidentSummary incident, List<TimelineEntry> timeline) {

  /** The incident's history, or empty (after telling the user how to find ids) when unknown. */
  static Optional<IncidentHistory> load(
      HistoryEndpoints endpoints, String incidentId, boolean sync, PrintWriter err)
      throws Exception {
    HistoryStore store = new HistoryStore(Projections.upToDate(endpoints, sync, err));
    Optional<IncidentSummary> incident = store.incident(incidentId);
    if (incident.isEmpty()) {
      err.println(
          "no incident "
              + incidentId
              + " in the projection; 'responder incidents --status all' lists the known ones");
      return Optional.empty();
    }
    return Optional.of(new IncidentHistory(incident.get(), Timeline.of(store.records(incidentId))));
  }
}
