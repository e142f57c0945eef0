package dev.responder.schemas.catalog;

import dev.responder.schemas.catalog.matcher.MatcherSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a runbook recognises its incidents: alert matcher sets (any one set matching all its matchers
 * is enough) and CRM event types.
 */
public record Symptoms(List<MatcherSet> alerts, List<String> eventTypes) {

  public Symptoms {
    alerts = List.copyOf(alerts);
    eventTypes = List.copyOf(eventTypes);
  }

  /** What matched, for the classification's reason; empty when nothing did. */
  public Optional<String> match(Map<String, String> labels, String eventType) {
    if (eventType != null && eventTypes.contains(eventType)) {
      return Optional.of("event type " + eventType);
    }
    if (eventType != null) {
      // A CRM event is recognised by its type alone, so label sets meant for alerts cannot catch
      // it.
      return Optional.empty();
    }
    return alerts.stream().filter(set -> set.matches(labels)).findFirst().map(s -> "labels " + s);
  }
}
