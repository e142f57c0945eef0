package dev.responder.app.demo;

import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the demo saw of one scenario's incident: its id, severity and commander, the runbook's
 * actions (each as its last outcome says), the verification, and when each milestone was reached.
 * It decides whether the scenario resolved as the runbook expects.
 */
final class ScenarioTrace {

  private final Scenario scenario;
  private final Set<String> actionSteps;
  private final Map<String, RemediationOutcome> actions = new LinkedHashMap<>();
  private final Map<String, String> approvals = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private long sentNanos;
  private String incidentId;
  private String severity;
  private String commander;
  private Long openedNanos;
  private Long firstActionNanos;
  private Long resolvedNanos;
  private RemediationOutcome verification;

  /**
   * @param actionSteps the ids of the runbook's action steps (its hand-offs to people included)
   */
  ScenarioTrace(Scenario scenario, Set<String> actionSteps) {
    this.scenario = scenario;
    this.actionSteps = Set.copyOf(actionSteps);
  }

  void sent(long nanos) {
    sentNanos = nanos;
  }

  /**
   * Whether this event opens the scenario's incident (the first OPENED or REOPENED of its runbook).
   */
  boolean opens(IncidentEvent event) {
    return incidentId == null
        && event.getIncident().getRunbookId().equals(scenario.name())
        && (event.getType() == IncidentEventType.OPENED
            || event.getType() == IncidentEventType.REOPENED);
  }

  boolean concerns(String incident) {
    return incidentId != null && incidentId.equals(incident);
  }

  void event(IncidentEvent event, long seenNanos) {
    if (opens(event)) {
      incidentId = event.getIncidentId();
      openedNanos = seenNanos;
    }
    severity = event.getIncident().getSeverity().name();
    if (event.getIncident().getCommander() != null) {
      commander = event.getIncident().getCommander();
    }
    if (event.getType() == IncidentEventType.RESOLVED && resolvedNanos == null) {
      resolvedNanos = seenNanos;
    }
  }

  void outcome(RemediationOutcome outcome, long seenNanos) {
    if (outcome.getKind() == OutcomeKind.VERIFICATION && verification == null) {
      verification = outcome;
    }
    if (actionSteps.contains(outcome.getStep())) {
      actions.put(outcome.getActionKey(), outcome);
    }
    if (outcome.getKind() == OutcomeKind.ACTION
        && outcome.getStatus() == OutcomeStatus.SUCCEEDED
        && firstActionNanos == null) {
      firstActionNanos = seenNanos;
    }
  }

  /** Whether this outcome waits for a person's approval that the demo has not given yet. */
  boolean awaitsApproval(RemediationOutcome outcome) {
    return outcome.getStatus() == OutcomeStatus.AWAITING_APPROVAL
        && !approvals.containsKey(outcome.getActionKey());
  }

  void approved(String actionKey, String operator) {
    approvals.put(actionKey, operator);
  }

  void problem(String problem) {
    problems.add(problem);
  }

  String incidentId() {
    return incidentId;
  }

  String commander() {
    return commander;
  }

  boolean hasIncident() {
    return incidentId != null;
  }

  boolean verified() {
    return verification != null;
  }

  boolean resolved() {
    return resolvedNanos != null;
  }

  ScenarioResult result() {
    List<String> all = new ArrayList<>(problems);
    List<ActionTaken> taken = taken();
    for (Scenario.ExpectedAction expected : scenario.expected()) {
      boolean succeeded =
          taken.stream()
              .anyMatch(
                  action ->
                      action.operation().equals(expected.operation())
                          && action.target().equals(expected.target())
                          && action.status().equals(OutcomeStatus.SUCCEEDED.name()));
      if (!succeeded) {
        all.add("expected " + expected + " to succeed");
      }
    }
    if (verification != null && verification.getReason() != OutcomeReason.FIXED) {
      all.add("the verification found it " + verification.getReason());
    }
    return new ScenarioResult(
        scenario.name(),
        incidentId,
        scenario.name(),
        severity,
        commander,
        all.isEmpty() && resolved(),
        taken,
        verification == null ? null : verification.getReason().name(),
        sinceAlert(openedNanos),
        sinceAlert(firstActionNanos),
        sinceAlert(resolvedNanos),
        all);
  }

  private List<ActionTaken> taken() {
    return actions.values().stream()
        .filter(
            outcome ->
                !(outcome.getStatus() == OutcomeStatus.SKIPPED
                    && outcome.getReason() == OutcomeReason.CONDITION_NOT_MET))
        .map(
            outcome ->
                new ActionTaken(
                    outcome.getStep(),
                    outcome.getOperation(),
                    ActionTaken.shortTarget(outcome.getTarget()),
                    outcome.getStatus().name(),
                    approvals.get(outcome.getActionKey())))
        .toList();
  }

  private Long sinceAlert(Long nanos) {
    return nanos == null ? null : Math.max(0, (nanos - sentNanos) / 1_000_000);
  }
}
