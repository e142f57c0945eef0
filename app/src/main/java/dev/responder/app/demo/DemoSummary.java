package dev.responder.app.demo;

import java.util.List;

/**
 * The demo's result: every scenario played, and whether all resolved as their runbooks expect.
 *
 * @param elapsedMs from the command's start (local mode's start included) to the last scenario
 * @param catalogChanges the waits the local catalog shortened, as printed at start
 */
record DemoSummary(
    boolean allResolved,
    long elapsedMs,
    List<ScenarioResult> scenarios,
    List<String> catalogChanges) {

  DemoSummary {
    scenarios = List.copyOf(scenarios);
    catalogChanges = List.copyOf(catalogChanges);
  }

  static DemoSummary of(List<ScenarioResult> scenarios, long elapsedMs, List<String> changes) {
    return new DemoSummary(
        !scenarios.isEmpty() && scenarios.stream().allMatch(ScenarioResult::resolved),
        elapsedMs,
        scenarios,
        changes);
  }
}
