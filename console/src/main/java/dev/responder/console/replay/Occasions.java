package dev.responder.console.replay;

import dev.responder.planning.PlanTriggers;
import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.IncidentEvent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names each event of an incident that makes the remediator plan by what happened, not by ids: the
 * alert that opened the incident, the event's type and its cause (alert, command or check outcome),
 * counted when the same occasion repeats. Event and incident ids come from log positions that a
 * replay cannot reproduce; these names pair a replayed event with the recorded one it repeats.
 */
final class Occasions {

  private Occasions() {}

  /** The planning events of one incident's history, in order, by occasion. */
  static Map<String, IncidentEvent> of(String openedBy, List<IncidentEvent> history) {
    Map<String, IncidentEvent> occasions = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (IncidentEvent event : history) {
      if (PlanTriggers.plansOn(event.getType())) {
        String what = openedBy + "|" + event.getType() + "|" + cause(event.getCause());
        occasions.put(what + "#" + seen.merge(what, 1, Integer::sum), event);
      }
    }
    return occasions;
  }

  private static String cause(Cause cause) {
    return cause.getKind()
        + "|"
        + Fates.openingOf(cause)
        + "|"
        + cause.getCommandId()
        + "|"
        + cause.getOutcomeId();
  }
}
