package dev.responder.console.replay;

import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.RemediationOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The side effects the remediator really decided on for an incident: every ACTION and NOTIFICATION
 * outcome (a runbook action may notify) except those skipped because their conditions did not hold
 * or because the event was too old to act on, and the hand-offs to a person that stand in for a
 * step (one blocked by a guardrail counts: its conditions held). Unknown when the remediator
 * recorded nothing at all for the incident.
 */
final class RecordedActions implements ActionSource {

  private static final Set<OutcomeKind> DECIDED_KINDS =
      Set.of(OutcomeKind.ACTION, OutcomeKind.NOTIFICATION);
  private static final Set<OutcomeReason> UNDECIDED =
      Set.of(
          OutcomeReason.CONDITION_NOT_MET,
          OutcomeReason.NOT_ACTIONABLE,
          OutcomeReason.HANDED_TO_PERSON);

  // A storm digest is reported as step "<opening step>.digest.<window>": it sends what the
  // aggregated notifications (each recorded as AGGREGATED) decided, and decides nothing itself.
  private static final String DIGEST = ".digest.";

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
        .filter(o -> DECIDED_KINDS.contains(o.getKind()))
        .filter(o -> !UNDECIDED.contains(o.getReason()))
        .filter(o -> !o.getStep().contains(DIGEST))
        .forEach(o -> actions.add(o.getStep() + " on " + o.getTarget()));
    return Optional.of(actions);
  }
}
