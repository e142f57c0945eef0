package dev.responder.app.catalog;

import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Classification;
import dev.responder.schemas.catalog.FigureCondition;
import dev.responder.schemas.catalog.Runbook;
import dev.responder.schemas.catalog.Step;
import dev.responder.schemas.catalog.operation.Durations;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The text {@code catalog explain} prints: the classification, why, and what would follow. */
final class Explanation {

  private final Catalog catalog;
  private final Classification result;

  Explanation(Catalog catalog, Classification result) {
    this.catalog = catalog;
    this.result = result;
  }

  void print(PrintWriter out) {
    line(out, "runbook", result.runbookId() + " (" + result.title() + ")");
    line(out, "matched by", result.matchedBy());
    line(out, "severity", result.severity() + ": " + result.severityReason());
    Duration due = Duration.between(result.detectedAt(), result.respondBy());
    line(
        out, "respond by", result.respondBy() + " (" + Durations.format(due) + " after detection)");
    line(out, "incident", result.groupingKey());
    line(out, "catalog", catalog.version());
    if (!result.alsoMatched().isEmpty()) {
      line(
          out,
          "also matched",
          String.join(", ", result.alsoMatched()) + " (the first runbook wins)");
    }
    result.pendingRules().stream()
        .filter(rule -> rule.to() != result.severity())
        .forEach(rule -> line(out, "after checks", "may become " + rule));
    catalog
        .runbook(result.runbookId())
        .ifPresentOrElse(
            runbook -> plan(out, runbook),
            () ->
                line(
                    out,
                    "actions",
                    "none: unclassified incidents only notify "
                        + ids(catalog.unclassified().notifications())));
  }

  private void plan(PrintWriter out, Runbook runbook) {
    line(out, "checks", ids(runbook.checks()));
    line(
        out,
        "actions",
        runbook.actions().stream()
            .map(
                step ->
                    step.id()
                        + (step.when().isEmpty()
                            ? ""
                            : " when " + FigureCondition.describe(step.when())))
            .collect(Collectors.joining("; ")));
    boolean approval = runbook.guardrails().needsApproval(result.severity());
    line(
        out,
        "approval",
        approval ? "required at " + result.severity() : "not required at " + result.severity());
  }

  private static String ids(List<Step> steps) {
    return steps.stream().map(Step::id).collect(Collectors.joining(", "));
  }

  private static void line(PrintWriter out, String label, String text) {
    out.printf("%-13s %s%n", label + ":", text);
  }
}
