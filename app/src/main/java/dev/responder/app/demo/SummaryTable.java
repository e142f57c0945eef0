package dev.responder.app.demo;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The summary as a plain-text table, one row per scenario, then the verdict. */
final class SummaryTable {

  private static final List<String> HEADER =
      List.of(
          "scenario",
          "incident",
          "sev",
          "actions taken",
          "->incident",
          "->1st action",
          "->resolved",
          "result");

  private SummaryTable() {}

  static void print(PrintWriter out, DemoSummary summary) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (ScenarioResult result : summary.scenarios()) {
      rows.add(
          List.of(
              result.scenario(),
              orDash(result.incident()),
              orDash(result.severity()),
              actions(result),
              seconds(result.alertToIncidentMs()),
              seconds(result.alertToFirstActionMs()),
              seconds(result.alertToResolvedMs()),
              result.resolved() ? "resolved" : "NOT RESOLVED"));
    }
    int[] widths = new int[HEADER.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(String.format("%-" + widths[i] + "s", row.get(i)));
        line.append(i + 1 < row.size() ? "  " : "");
      }
      out.println(line.toString().stripTrailing());
    }
    for (ScenarioResult result : summary.scenarios()) {
      result.problems().forEach(problem -> out.println(result.scenario() + ": " + problem));
    }
    out.printf("%s in %.1f s%n", verdict(summary), summary.elapsedMs() / 1e3);
    out.flush();
  }

  private static String verdict(DemoSummary summary) {
    int played = summary.scenarios().size();
    if (!summary.allResolved()) {
      return "Not every scenario resolved as its runbook expects";
    }
    return played == 1
        ? "The scenario resolved as its runbook expects"
        : "All " + played + " scenarios resolved as their runbooks expect";
  }

  private static String actions(ScenarioResult result) {
    if (result.actions().isEmpty()) {
      return "-";
    }
    return result.actions().stream()
        .map(
            action ->
                action.operation()
                    + " "
                    + action.target()
                    + (action.status().equals("SUCCEEDED") ? "" : " " + action.status()))
        .collect(Collectors.joining(", "));
  }

  private static String seconds(Long millis) {
    return millis == null ? "-" : String.format("%.1f s", millis / 1e3);
  }

  private static String orDash(String text) {
    return text == null ? "-" : text;
  }
}
