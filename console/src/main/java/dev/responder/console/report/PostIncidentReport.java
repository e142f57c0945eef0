package dev.responder.console.report;

import dev.responder.console.history.EntryKind;
import dev.responder.console.history.IncidentSummary;
import dev.responder.console.history.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Renders the post-incident report as Markdown, in the order the runbook's post-incident section
 * asks: summary, severity, times against the response time, timeline, actions with evidence,
 * escalations, commander, root-cause hypothesis, follow-ups.
 */
public final class PostIncidentReport {

  private PostIncidentReport() {}

  public static String markdown(ReportInput input) {
    IncidentSummary incident = input.incident();
    StringBuilder md = new StringBuilder();
    md.append("# Post-incident report: ")
        .append(incident.incidentId())
        .append(" ")
        .append(Markdown.text(incident.title()))
        .append("\n\n");
    summary(md, input);
    severity(md, input);
    times(md, input);
    timeline(md, input);
    ReportFindings findings = new ReportFindings(input);
    findings.actions(md);
    findings.escalations(md);
    commander(md, incident);
    findings.rootCause(md);
    findings.followUps(md);
    return md.toString();
  }

  private static void summary(StringBuilder md, ReportInput input) {
    IncidentSummary incident = input.incident();
    long alerts = count(input, EntryKind.ALERT);
    long actions = count(input, EntryKind.ACTION);
    md.append("## Summary\n\n")
        .append(
            ("%s (runbook %s) was detected at %s as %s. It is %s. %d alert receptions, %d action"
                    + " outcomes and %d escalations are on record; the highest escalation level"
                    + " reached is %d.\n\n")
                .formatted(
                    Markdown.text(incident.title()),
                    Markdown.code(incident.runbookId()),
                    incident.detectedAt(),
                    incident.severity(),
                    incident.status().toLowerCase(java.util.Locale.ROOT),
                    alerts,
                    actions,
                    count(input, EntryKind.ESCALATION),
                    incident.escalationLevel()));
  }

  private static void severity(StringBuilder md, ReportInput input) {
    IncidentSummary incident = input.incident();
    md.append("## Severity\n\n").append("- Severity: **").append(incident.severity()).append("**");
    input
        .severityLevel()
        .ifPresent(
            level ->
                md.append(" (")
                    .append(Markdown.text(level.description()))
                    .append("; response time ")
                    .append(level.responseTime())
                    .append(")"));
    md.append("\n- Classified by catalog ")
        .append(Markdown.code(incident.catalogVersion()))
        .append(": ")
        .append(Markdown.text(incident.classificationReason()))
        .append("\n");
    input.timeline().stream()
        .filter(e -> e.type().equals("SEVERITY_CHANGED"))
        .forEach(
            e ->
                md.append("- ")
                    .append(e.at())
                    .append(": ")
                    .append(Markdown.text(e.summary()))
                    .append("\n"));
    md.append("\n");
  }

  private static void times(StringBuilder md, ReportInput input) {
    IncidentSummary incident = input.incident();
    String responseTime = input.severityLevel().map(l -> l.responseTime().toString()).orElse("?");
    md.append("## Detection, acknowledgement and resolution\n\n")
        .append("| Milestone | Time (UTC) | After detection | Against the response time (")
        .append(responseTime)
        .append(", due ")
        .append(incident.responseDueAt())
        .append(") |\n|---|---|---|---|\n")
        .append("| Detected | ")
        .append(incident.detectedAt())
        .append(" | 0s | |\n");
    milestone(md, "Acknowledged", incident.acknowledgedAt(), incident, "time to acknowledge");
    milestone(md, "Resolved", incident.resolvedAt(), incident, "time to resolve");
    md.append("\n");
    incident
        .acknowledgedBy()
        .ifPresent(by -> md.append("Acknowledged by ").append(Markdown.text(by)).append(".\n\n"));
  }

  private static void milestone(
      StringBuilder md, String name, Optional<Instant> at, IncidentSummary incident, String what) {
    if (at.isEmpty()) {
      md.append("| ").append(name).append(" | not yet | | |\n");
      return;
    }
    Duration elapsed = Duration.between(incident.detectedAt(), at.get());
    Duration late = Duration.between(incident.responseDueAt(), at.get());
    String verdict =
        late.isNegative() || late.isZero()
            ? what + " within the response time"
            : what + " beyond the response time by " + Elapsed.format(late);
    md.append("| ")
        .append(name)
        .append(" | ")
        .append(at.get())
        .append(" | ")
        .append(Elapsed.format(elapsed))
        .append(" | ")
        .append(verdict)
        .append(" |\n");
  }

  private static void timeline(StringBuilder md, ReportInput input) {
    md.append("## Timeline\n\n");
    for (TimelineEntry entry : input.timeline()) {
      md.append("- ")
          .append(entry.at())
          .append(" · ")
          .append(entry.kind())
          .append(" · ")
          .append(Markdown.text(entry.summary()));
      if (!entry.actor().isEmpty()) {
        md.append(" (").append(Markdown.text(entry.actor())).append(")");
      }
      md.append("\n");
    }
    md.append("\n");
  }

  private static void commander(StringBuilder md, IncidentSummary incident) {
    md.append("## Commander\n\n")
        .append(
            incident
                .commander()
                .map(
                    c ->
                        "The incident commander was "
                            + Markdown.text(c)
                            + ", the on-call engineer at detection.")
                .orElse("No commander was assigned."))
        .append("\n\n");
  }

  private static long count(ReportInput input, EntryKind kind) {
    return input.timeline().stream().filter(e -> e.kind() == kind).count();
  }
}
