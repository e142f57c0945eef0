package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.RemediationOutcome;
import java.util.List;
import java.util.Optional;

/**
 * Applies the remediator's check results to the incident they were run for: the result becomes its
 * check's latest, and the runbook's severity rules on check figures may raise or lower the
 * incident. Results for an incident this task does not hold, or one already resolved, change
 * nothing (outcomes are broadcast to every task, like commands).
 */
public final class CheckLifecycle {

  private final IncidentRepository incidents;
  private final CheckResultRepository checks;
  private final SeverityChange severityChange;

  public CheckLifecycle(
      IncidentRepository incidents,
      CheckResultRepository checks,
      SeverityRules rules,
      ResponsePolicy policy) {
    this.incidents = incidents;
    this.checks = checks;
    this.severityChange =
        new SeverityChange(policy, new SeverityAssessor(rules, checks), new Inhibition(incidents));
  }

  /** The lifecycle events this outcome caused here: at most a SEVERITY_CHANGED (and SUPPRESSED). */
  public List<IncidentEvent> onOutcome(RemediationOutcome outcome) {
    if (outcome.getKind() != OutcomeKind.CHECK) {
      return List.of();
    }
    Optional<Incident> held =
        incidents.findById(outcome.getIncidentId()).filter(IncidentFacts::isLive);
    if (held.isEmpty()) {
      return List.of();
    }
    checks.record(outcome);
    Journal journal = new Journal(incidents);
    String reported =
        "check " + outcome.getStep() + " reported " + CheckFigures.describe(outcome) + ": ";
    severityChange.applyIfChanged(
        held.get(),
        detail -> Causes.check(outcome, reported + detail),
        outcome.getFinishedAt(),
        journal);
    return journal.events();
  }
}
