package dev.responder.app.demo;

import java.util.List;

/**
 * How one scenario went. Times are milliseconds from sending the alert, null when never reached.
 *
 * @param resolved whether the incident resolved as the runbook expects: the expected actions
 *     succeeded, the verification found it fixed, the platform healed and the incident resolved
 * @param verification the verification's reason, e.g. {@code FIXED}, or null
 * @param problems why it did not resolve as expected, empty when it did
 */
record ScenarioResult(
    String scenario,
    String incident,
    String runbook,
    String severity,
    String commander,
    boolean resolved,
    List<ActionTaken> actions,
    String verification,
    Long alertToIncidentMs,
    Long alertToFirstActionMs,
    Long alertToResolvedMs,
    List<String> problems) {

  ScenarioResult {
    actions = List.copyOf(actions);
    problems = List.copyOf(problems);
  }
}
