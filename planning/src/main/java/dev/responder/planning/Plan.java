package dev.responder.planning;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the remediator will do for one incident event: the checks (assess first, then the
 * runbook's), the notifications, the actions to consider once the checks' figures are known, the
 * verification, and the limits on acting. Pure data, built by a {@link Planner}.
 */
public record Plan(
    PlanContext context,
    List<PlannedStep> checks,
    List<PlannedStep> notifications,
    List<PlannedStep> actions,
    Verification verification,
    Limits limits) {

  public Plan {
    checks = List.copyOf(checks);
    notifications = List.copyOf(notifications);
    actions = List.copyOf(actions);
  }

  public String incidentId() {
    return context.incidentId();
  }

  public String runbookId() {
    return context.runbookId();
  }

  /** The actions whose conditions hold on the figures the checks reported, in runbook order. */
  public List<PlannedStep> actionsToRun(Findings findings) {
    return actions.stream().filter(step -> step.shouldRun(findings)).toList();
  }

  /**
   * Every side effect the plan decides on given the checks' figures: the notifications, then the
   * actions whose conditions hold. What the remediator performs (or puts to its guardrails) and
   * what replay compares.
   */
  public List<PlannedStep> sideEffectsToRun(Findings findings) {
    return Stream.concat(notifications.stream(), actionsToRun(findings).stream()).toList();
  }

  /** The check with this id, to re-run for verification. */
  public Optional<PlannedStep> check(String id) {
    return checks.stream().filter(step -> step.id().equals(id)).findFirst();
  }

  /** The step with this id among actions and notifications. */
  public Optional<PlannedStep> sideEffect(String id) {
    return Stream.concat(actions.stream(), notifications.stream())
        .filter(step -> step.id().equals(id))
        .findFirst();
  }
}
