package dev.responder.console.replay;

import dev.responder.planning.Findings;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.RemediationOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the live remediator knew when it decided, so replay plans on the same facts: for each
 * recorded event that made it plan (paired with a replayed one by {@link Occasions}), the first
 * result of each check run under that event (the figures its actions were decided on, never the
 * verification's re-runs), or that it did not act on that event at all (too old to act on).
 */
final class RecordedFacts {

  private final Map<String, List<RemediationOutcome>> byCause = new HashMap<>();
  private final Map<String, IncidentEvent> byOccasion = new HashMap<>();
  private final Map<String, List<IncidentEvent>> planningByOpening = new HashMap<>();

  RecordedFacts(List<IncidentEvent> recordedEvents, List<Recorded<RemediationOutcome>> outcomes) {
    for (Recorded<RemediationOutcome> recorded : outcomes) {
      RemediationOutcome outcome = recorded.value();
      if (outcome.getCauseEventId() != null) {
        byCause.computeIfAbsent(outcome.getCauseEventId(), k -> new ArrayList<>()).add(outcome);
      }
    }
    Fates.histories(recordedEvents)
        .values()
        .forEach(
            history -> {
              String openedBy = Fates.openedBy(history);
              Map<String, IncidentEvent> occasions = Occasions.of(openedBy, history);
              byOccasion.putAll(occasions);
              planningByOpening.put(openedBy, List.copyOf(occasions.values()));
            });
  }

  /**
   * The figures to plan {@code occasion} on, or empty when the live remediator did not act on it.
   * An occasion the recorded history does not have (a candidate catalog made it) gets the figures
   * of the latest earlier occasion of the same incident the remediator acted on.
   */
  Optional<Findings> forOccasion(String occasion, String openedBy, Instant occurredAt) {
    IncidentEvent recorded = byOccasion.get(occasion);
    if (recorded != null) {
      return acted(recorded) ? Optional.of(firstFigures(recorded)) : Optional.empty();
    }
    List<IncidentEvent> acted =
        planningByOpening.getOrDefault(openedBy, List.of()).stream().filter(this::acted).toList();
    return Optional.of(
        acted.stream()
            .filter(e -> !e.getOccurredAt().isAfter(occurredAt))
            .reduce((earlier, later) -> later)
            .or(() -> acted.stream().findFirst())
            .map(this::firstFigures)
            .orElseGet(Findings::new));
  }

  private boolean acted(IncidentEvent event) {
    return byCause.getOrDefault(event.getEventId(), List.of()).stream()
        .anyMatch(o -> o.getReason() != OutcomeReason.NOT_ACTIONABLE);
  }

  // The event's plan ran each check once before deciding its actions; later results of the same
  // check under this event are the verification's re-runs, which decided nothing.
  private Findings firstFigures(IncidentEvent event) {
    Findings findings = new Findings();
    Set<String> seen = new HashSet<>();
    byCause.getOrDefault(event.getEventId(), List.of()).stream()
        .filter(o -> o.getKind() == OutcomeKind.CHECK)
        .sorted(Comparator.comparing(RemediationOutcome::getFinishedAt))
        .filter(check -> seen.add(check.getStep()))
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
