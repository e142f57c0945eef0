package dev.responder.planning;

/**
 * The identity of one side effect: (incident, runbook, step, target). The ledger holds at most one
 * live claim per key, and a rollout restart stamps it into the pod template so it can be read back.
 */
public record ActionKey(String incidentId, String runbookId, String stepId, String target) {

  public static ActionKey of(Plan plan, PlannedStep step) {
    return new ActionKey(plan.incidentId(), plan.runbookId(), step.id(), step.target().path());
  }

  /**
   * The key as one string, e.g. {@code
   * INC-1/api-unresponsive/restart_backend/crm/deployment/crm-backend}.
   */
  public String value() {
    return incidentId + "/" + runbookId + "/" + stepId + "/" + target;
  }

  @Override
  public String toString() {
    return value();
  }
}
