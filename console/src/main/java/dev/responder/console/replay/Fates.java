package dev.responder.console.replay;

import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sums up incident events (recorded or replayed) into one {@link IncidentFate} per incident. */
final class Fates {

  private Fates() {}

  /** Incidents with an event in the window, from their events up to the window's end. */
  static List<IncidentFate> of(List<IncidentEvent> events, Window window, ActionSource actions) {
    Map<String, List<IncidentEvent>> byIncident = byIncident(events, window);
    List<IncidentFate> fates = new ArrayList<>();
    byIncident.forEach(
        (id, history) -> {
          if (history.stream().anyMatch(e -> window.contains(e.getOccurredAt()))) {
            fates.add(fate(id, history, actions));
          }
        });
    return fates;
  }

  /** Incident id by the alert that opened it, for pairing renamed incidents. */
  static Map<String, String> byOpening(List<IncidentEvent> events) {
    Map<String, String> ids = new HashMap<>();
    histories(events).forEach((id, history) -> ids.putIfAbsent(openedBy(history), id));
    return ids;
  }

  /** Every incident's events, in log order, by incident id. */
  static Map<String, List<IncidentEvent>> histories(List<IncidentEvent> events) {
    return byIncident(events, new Window(java.time.Instant.MIN, java.time.Instant.MAX));
  }

  private static Map<String, List<IncidentEvent>> byIncident(
      List<IncidentEvent> events, Window window) {
    Map<String, List<IncidentEvent>> byIncident = new LinkedHashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    for (IncidentEvent event : events) {
      if (!event.getOccurredAt().isAfter(window.end()) && seen.add(event.getEventId())) {
        byIncident.computeIfAbsent(event.getIncidentId(), k -> new ArrayList<>()).add(event);
      }
    }
    return byIncident;
  }

  private static IncidentFate fate(String id, List<IncidentEvent> history, ActionSource actions) {
    IncidentEvent last = history.get(history.size() - 1);
    String openedBy = openedBy(history);
    List<String> escalations =
        history.stream()
            .filter(e -> e.getType() == IncidentEventType.ESCALATED)
            .map(e -> "level " + e.getIncident().getEscalationLevel() + " at " + e.getOccurredAt())
            .toList();
    return new IncidentFate(
        id,
        last.getIncident().getRunbookId(),
        last.getIncident().getSeverity().name(),
        openedBy,
        actions.actions(id, openedBy, history),
        escalations);
  }

  /** The opening alert of an incident's history, as {@code fingerprint@startsAt}. */
  static String openedBy(List<IncidentEvent> history) {
    IncidentEvent opening =
        history.stream()
            .filter(e -> e.getType() == IncidentEventType.OPENED)
            .findFirst()
            .orElse(history.get(0));
    return openingOf(opening.getCause());
  }

  /** The opening alert a cause names, as {@code fingerprint@startsAt}. */
  static String openingOf(Cause cause) {
    return cause.getAlertFingerprint() + "@" + cause.getAlertStartsAt();
  }
}
