package dev.responder.schemas.catalog;

import java.util.List;

/**
 * One runbook of the catalog: how its incidents are recognised, how severe they are, which alerts
 * form one incident, what to check, what to do under which conditions, how to verify, and the
 * guardrails on acting.
 *
 * @param component the platform component its incidents affect, as the public status page names it
 *     (the runbook's title when the catalog names none)
 * @param groupBy the labels whose values, with the runbook id, make the incident's grouping key
 */
public record Runbook(
    String id,
    String title,
    String component,
    Symptoms symptoms,
    SeverityPolicy severity,
    List<String> groupBy,
    List<Step> checks,
    List<Step> actions,
    Verification verification,
    Guardrails guardrails) {

  public Runbook {
    groupBy = List.copyOf(groupBy);
    checks = List.copyOf(checks);
    actions = List.copyOf(actions);
  }

  /** The actions whose conditions hold on the checks' figures, in catalog order. */
  public List<Step> actionsToRun(Figures figures) {
    return actions.stream().filter(step -> step.shouldRun(figures)).toList();
  }
}
