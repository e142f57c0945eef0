package dev.responder.correlator.domain;

import dev.responder.correlator.domain.SeverityAssessor.Assessment;
import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.RemediationOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the remediator's check results to the incident they were run for: the result becomes its
 * check's latest, every firing member's severity is decided again by the runbook's rules on the new
 * figures, and the incident may be raised or lowered. This is the one step that reads all of an
 * incident's members; it runs per check result, not per alert. Results for an incident this task
 * does not hold, or one already resolved, change nothing (outcomes are broadcast to every task,
 * like commands).
 */
public final class CheckLifecycle {

  private final TaskState state;
  private final SeverityAssessor assessor;
  private final Membership membership;
  private final SeverityChange severityChange;
  private final Escalator escalator;

  public CheckLifecycle(
      TaskState state, SeverityRules rules, InhibitRules inhibitRules, ResponsePolicy policy) {
    this.state = state;
    this.assessor = new SeverityAssessor(rules, state);
    this.membership = new Membership(state, assessor);
    this.severityChange = new SeverityChange(policy, new Inhibition(state, state, inhibitRules));
    this.escalator = new Escalator(policy);
  }

  /**
   * The lifecycle events this outcome caused here: for a check result at most a SEVERITY_CHANGED
   * (and SUPPRESSED); for a verification that found the runbook did not fix the incident, an
   * ESCALATED one level up (the remediator writes no commands: only people do, through the operator
   * API).
   */
  public List<IncidentEvent> onOutcome(RemediationOutcome outcome) {
    if (isNotFixed(outcome)) {
      return escalate(outcome);
    }
    if (outcome.getKind() != OutcomeKind.CHECK) {
      return List.of();
    }
    Optional<Incident> held = state.findById(outcome.getIncidentId()).filter(IncidentFacts::isLive);
    if (held.isEmpty()) {
      return List.of();
    }
    state.record(outcome);
    Incident.Builder next = Incident.newBuilder(held.get());
    Optional<Assessment> mostSevere = reassessFiringMembers(next);
    Incident reassessed = next.build();
    if (!reassessed.equals(held.get())) {
      // The counts moved: keep them, though only a severity change is an event.
      state.save(reassessed);
    }
    Journal journal = new Journal(state);
    String reported =
        "check " + outcome.getStep() + " reported " + CheckFigures.describe(outcome) + ": ";
    severityChange.applyIfChanged(
        reassessed,
        mostSevere,
        detail -> Causes.check(outcome, reported + detail),
        outcome.getFinishedAt(),
        journal);
    return journal.events();
  }

  /** Whether {@code outcome} is a verification that found the incident not fixed. */
  public static boolean isNotFixed(RemediationOutcome outcome) {
    return outcome.getKind() == OutcomeKind.VERIFICATION
        && outcome.getReason() == OutcomeReason.NOT_FIXED;
  }

  private List<IncidentEvent> escalate(RemediationOutcome outcome) {
    Optional<Incident> held = state.findById(outcome.getIncidentId()).filter(IncidentFacts::isLive);
    if (held.isEmpty()) {
      return List.of();
    }
    Journal journal = new Journal(state);
    escalator.climbOneLevel(
        held.get(),
        Causes.check(
            outcome,
            "runbook " + outcome.getRunbookId() + " did not fix it: " + outcome.getMessage()),
        outcome.getFinishedAt(),
        journal);
    return journal.events();
  }

  /** Decides every firing member again on the incident's figures; the most severe assessment. */
  private Optional<Assessment> reassessFiringMembers(Incident.Builder header) {
    Map<String, Map<String, Double>> figures = assessor.figuresOf(header.getIncidentId());
    Optional<Assessment> mostSevere = Optional.empty();
    for (IncidentAlert member : state.members(header.getIncidentId())) {
      if (member.getStatus() != AlertStatus.FIRING) {
        continue;
      }
      Assessment assessment = assessor.assess(header.getRunbookId(), member, figures);
      if (assessment.severity() != MemberCounts.implied(member)) {
        membership.write(
            header,
            member,
            IncidentAlert.newBuilder(member).setAssessedSeverity(assessment.severity()).build());
      }
      mostSevere =
          Optional.of(
              mostSevere
                  .filter(best -> best.severity().compareTo(assessment.severity()) <= 0)
                  .orElse(assessment));
    }
    return mostSevere;
  }
}
