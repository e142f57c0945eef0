package dev.responder.console.report;

import dev.responder.console.history.EntryKind;
import dev.responder.console.history.TimelineEntry;
import dev.responder.schemas.catalog.FigureCondition;
import dev.responder.schemas.catalog.Runbook;
import dev.responder.schemas.catalog.Step;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report's sections that interpret the evidence: actions with their evidence, escalations, the
 * root-cause hypothesis and the follow-ups (with a suggested runbook change when an action failed
 * or the verification did not pass).
 */
final class ReportFindings {

  private static final Set<String> FAILED = Set.of("FAILED", "TIMED_OUT", "REJECTED", "UNKNOWN");

  private final ReportInput input;

  ReportFindings(ReportInput input) {
    this.input = input;
  }

  void actions(StringBuilder md) {
    md.append("## Actions taken and their evidence\n\n");
    List<TimelineEntry> steps = of(EntryKind.CHECK, EntryKind.ACTION, EntryKind.VERIFICATION);
    if (steps.isEmpty()) {
      md.append("The remediator recorded no checks or actions for this incident.\n\n");
      return;
    }
    for (TimelineEntry step : steps) {
      md.append("### ")
          .append(step.kind())
          .append(" ")
          .append(Markdown.text(step.subject()))
          .append(" at ")
          .append(step.at())
          .append("\n\n")
          .append(Markdown.text(step.summary()))
          .append("\n\n");
      step.figures()
          .forEach(
              (name, value) ->
                  md.append("- ")
                      .append(Markdown.code(name))
                      .append(": ")
                      .append(Markdown.text(value))
                      .append("\n"));
      if (!step.figures().isEmpty()) {
        md.append("\n");
      }
      if (!step.lines().isEmpty()) {
        md.append(Markdown.block(step.lines())).append("\n");
      }
    }
  }

  void escalations(StringBuilder md) {
    md.append("## Escalations\n\n");
    List<TimelineEntry> escalations = of(EntryKind.ESCALATION);
    if (escalations.isEmpty()) {
      md.append("None: the incident never climbed beyond its commander.\n\n");
      return;
    }
    escalations.forEach(
        e ->
            md.append("- ")
                .append(e.at())
                .append(": ")
                .append(Markdown.text(e.summary()))
                .append(" (")
                .append(Markdown.text(e.actor()))
                .append(")\n"));
    md.append("\n");
  }

  void rootCause(StringBuilder md) {
    md.append("## Root cause (hypothesis)\n\n")
        .append("> **Hypothesis, not confirmed.** Pre-filled from the runbook and the evidence;")
        .append(" confirm or replace it in the post-mortem.\n\n");
    Optional<Runbook> runbook = input.runbook();
    md.append(
            runbook
                .map(
                    r ->
                        "The alerts matched runbook **"
                            + Markdown.text(r.title())
                            + "** ("
                            + Markdown.code(r.id())
                            + ")")
                .orElse(
                    "No runbook of the catalog matched the alerts ("
                        + Markdown.code(input.incident().runbookId())
                        + ")"))
        .append(": ")
        .append(Markdown.text(input.incident().classificationReason()))
        .append(".\n\n");
    List<TimelineEntry> checks = of(EntryKind.CHECK);
    if (!checks.isEmpty()) {
      md.append("What the checks found:\n\n");
      checks.forEach(
          c ->
              md.append("- ")
                  .append(Markdown.code(c.subject()))
                  .append(": ")
                  .append(figures(c.figures()))
                  .append("\n"));
      md.append("\n");
    }
    runbook.ifPresent(r -> remedies(md, r));
  }

  private void remedies(StringBuilder md, Runbook runbook) {
    List<TimelineEntry> actions = of(EntryKind.ACTION);
    md.append("The runbook's remedies and their conditions:\n\n");
    for (Step step : runbook.actions()) {
      String outcome =
          actions.stream()
              .filter(a -> a.subject().equals(step.id()))
              .map(TimelineEntry::type)
              .reduce((first, last) -> last)
              .orElse("not attempted");
      String when = step.when().isEmpty() ? "always" : FigureCondition.describe(step.when());
      md.append("- ")
          .append(Markdown.code(step.id()))
          .append(" when ")
          .append(Markdown.code(when))
          .append(": ")
          .append(Markdown.text(outcome))
          .append("\n");
    }
    md.append("\n");
  }

  void followUps(StringBuilder md) {
    md.append("## Follow-ups\n\n")
        .append("- [ ] Schedule the post-mortem")
        .append(input.incident().commander().map(c -> " with " + Markdown.text(c)).orElse(""))
        .append(" and confirm or replace the root-cause hypothesis.\n")
        .append("- [ ] Monitor for recurrence of ")
        .append(Markdown.code(input.incident().runbookId()))
        .append(" incidents and confirm the status page shows the incident resolved.\n")
        .append("- [ ] Identify preventive measures (capacity, alert thresholds, the dependency")
        .append(" that failed) so this incident does not recur.\n");
    lateAcknowledgement(md);
    suggestedRunbookChanges(md);
    md.append("\n");
  }

  private void lateAcknowledgement(StringBuilder md) {
    boolean late =
        input
            .incident()
            .acknowledgedAt()
            .map(a -> a.isAfter(input.incident().responseDueAt()))
            .orElse(false);
    if (late || !of(EntryKind.ESCALATION).isEmpty()) {
      md.append("- [ ] The response time was missed: review how the commander was paged.\n");
    }
  }

  private void suggestedRunbookChanges(StringBuilder md) {
    String runbook = Markdown.code(input.incident().runbookId());
    String file = Markdown.code(input.catalogFile());
    for (TimelineEntry action : of(EntryKind.ACTION)) {
      if (FAILED.contains(action.type().split("/")[0])) {
        md.append("- [ ] Suggested runbook change: in ")
            .append(file)
            .append(", runbook ")
            .append(runbook)
            .append(", action ")
            .append(Markdown.code(action.subject()))
            .append(" ended ")
            .append(Markdown.text(action.type()))
            .append(
                "; add a fallback action or a hand-off for this case, or correct its parameters.\n");
      }
    }
    for (TimelineEntry verification : of(EntryKind.VERIFICATION)) {
      if (!verification.type().startsWith("SUCCEEDED")) {
        md.append("- [ ] Suggested runbook change: in ")
            .append(file)
            .append(", runbook ")
            .append(runbook)
            .append(", the verification did not pass (")
            .append(Markdown.text(verification.type()))
            .append("); add an action for the cause that remained, or give ")
            .append(Markdown.code("verify.after"))
            .append(" more time if the fix needs it.\n");
      }
    }
  }

  private static String figures(Map<String, String> figures) {
    if (figures.isEmpty()) {
      return "no figures";
    }
    return String.join(
        ", ",
        figures.entrySet().stream()
            .map(e -> Markdown.text(e.getKey() + " = " + e.getValue()))
            .toList());
  }

  private List<TimelineEntry> of(EntryKind... kinds) {
    Set<EntryKind> wanted = Set.of(kinds);
    return input.timeline().stream().filter(e -> wanted.contains(e.kind())).toList();
  }
}
