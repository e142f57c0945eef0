package dev.responder.planning;

/**
 * The identity of one side effect: (incident and its opening generation, runbook, step, target).
 * The ledger holds at most one live claim per key, and a rollout restart stamps it into the pod
 * template so it can be read back. The generation counts the incident's reopenings, so a reopened
 * incident runs its runbook again (its cooldowns still apply, per operation and target).
 */
public record ActionKey(
    String incidentId, int generation, String runbookId, String stepId, String target) {

  /** A key of the incident's first opening (generation 0). */
  public ActionKey(String incidentId, String runbookId, String stepId, String target) {
    this(incidentId, 0, runbookId, stepId, target);
  }

  public static ActionKey of(Plan plan, PlannedStep step) {
    return new ActionKey(
        plan.incidentId(),
        plan.context().generation(),
        plan.runbookId(),
        step.id(),
        step.target().path());
  }

  /**
   * The key as one string, e.g. {@code
   * INC-1/api-unresponsive/restart_backend/crm/deployment/crm-backend}, and after the incident's
   * second reopening {@code INC-1@2/api-unresponsive/...}.
   */
  public String value() {
    String incident = generation == 0 ? incidentId : incidentId + "@" + generation;
    return incident + "/" + runbookId + "/" + stepId + "/" + target;
  }

  @Override
  public String toString() {
    return value();
  }
}
