package dev.responder.app.demo;

import java.io.PrintWriter;

/**
 * After the summary: each scenario's incident page in the web console, so a reader goes from the
 * table to the evidence in one click. Only a stack that keeps running still serves them.
 */
final class IncidentLinks {

  private IncidentLinks() {}

  /**
   * @param console the console's base URL, or null when the stack runs none
   * @param stillServed whether the stack keeps running after the demo
   */
  static void print(PrintWriter out, DemoSummary summary, String console, boolean stillServed) {
    if (console == null) {
      return;
    }
    out.println(
        stillServed
            ? "Incident pages (sign in to the console; status page at " + console + "/status):"
            : "Incident pages (served while local mode runs: start './responder local' first to"
                + " keep them):");
    for (ScenarioResult result : summary.scenarios()) {
      if (result.incident() != null) {
        out.printf(
            "  %-30s %s/console/incidents/%s%n", result.scenario(), console, result.incident());
      }
    }
  }
}
