package dev.responder.console.replay;

import dev.responder.remediator.plan.Findings;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.RemediationOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures the checks really reported, so replay plans on real data: per incident event that
 * caused the checks (each check's first result: the one the actions were decided on), and per
 * incident as a fallback (the latest figures of each check). An incident the candidate catalog
 * names differently is found by the alert that opened it.
 */
final class RecordedFindings {

  private final Map<String, List<RemediationOutcome>> byCause = new HashMap<>();
  private final Map<String, List<RemediationOutcome>> byIncident = new HashMap<>();
  private final Map<String, String> incidentByOpening;

  RecordedFindings(
      List<Recorded<RemediationOutcome>> outcomes, Map<String, String> incidentByOpening) {
    this.incidentByOpening = Map.copyOf(incidentByOpening);
    for (Recorded<RemediationOutcome> recorded : outcomes) {
      RemediationOutcome outcome = recorded.value();
      if (outcome.getKind() != OutcomeKind.CHECK) {
        continue;
      }
      byIncident.computeIfAbsent(outcome.getIncidentId(), k -> new ArrayList<>()).add(outcome);
      if (outcome.getCauseEventId() != null) {
        byCause.computeIfAbsent(outcome.getCauseEventId(), k -> new ArrayList<>()).add(outcome);
      }
    }
  }

  Findings forEvent(String incidentId, String openedBy, String eventId) {
    List<RemediationOutcome> checks = byCause.get(eventId);
    if (checks != null) {
      // The event's plan ran each check once before deciding its actions; later results of the
      // same check under this event are the verification's re-runs, which decided nothing.
      return figures(checks, true);
    }
    String recordedId =
        byIncident.containsKey(incidentId) ? incidentId : incidentByOpening.get(openedBy);
    return figures(
        recordedId == null ? List.of() : byIncident.getOrDefault(recordedId, List.of()), false);
  }

  private static Findings figures(List<RemediationOutcome> checks, boolean firstOfEachCheck) {
    Findings findings = new Findings();
    Set<String> seen = new HashSet<>();
    checks.stream()
        .sorted(Comparator.comparing(RemediationOutcome::getFinishedAt))
        .filter(check -> seen.add(check.getStep()) || !firstOfEachCheck)
        .forEach(
            check -> findings.record(check.getStep(), numbers(check.getEvidence().getFigures())));
    return findings;
  }

  private static Map<String, Double> numbers(Map<String, String> figures) {
    Map<String, Double> numbers = new HashMap<>();
    figures.forEach(
        (name, value) -> {
          try {
            numbers.put(name, Double.parseDouble(value));
          } catch (NumberFormatException e) {
            // A figure that is not a number (e.g. "unavailable") satisfies no condition.
          }
        });
    return numbers;
  }
}
