package dev.responder.console.replay;

import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.RemediationOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The actions the remediator really considered for an incident: every ACTION outcome except those
 * skipped because their conditions did not hold (one blocked by a guardrail counts: its conditions
 * held). Unknown when the remediator recorded nothing at all for the incident.
 */
final class RecordedActions implements ActionSource {

  private final Map<String, List<RemediationOutcome>> byIncident;

  RecordedActions(List<Recorded<RemediationOutcome>> outcomes) {
    this.byIncident =
        outcomes.stream()
            .map(Recorded::value)
            .collect(Collectors.groupingBy(RemediationOutcome::getIncidentId));
  }

  @Override
  public Optional<SortedSet<String>> actions(
      String incidentId, String openedBy, List<IncidentEvent> events) {
    List<RemediationOutcome> outcomes = byIncident.get(incidentId);
    if (outcomes == null) {
      return Optional.empty();
    }
    SortedSet<String> actions = new TreeSet<>();
    outcomes.stream()
        .filter(o -> o.getKind() == OutcomeKind.ACTION)
        .filter(o -> o.getReason() != OutcomeReason.CONDITION_NOT_MET)
        .forEach(o -> actions.add(o.getStep() + " on " + o.getTarget()));
    return Optional.of(actions);
  }
}
