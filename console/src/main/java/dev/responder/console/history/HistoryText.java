package dev.responder.console.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The plain-text form of the incident list and of a timeline, one line per item. */
public final class HistoryText {

  private HistoryText() {}

  public static String incidents(List<IncidentSummary> incidents) {
    if (incidents.isEmpty()) {
      return "no incidents\n";
    }
    StringBuilder text =
        new StringBuilder(
            "%-22s %-30s %-3s %-12s %-24s %-24s%n"
                .formatted("INCIDENT", "RUNBOOK", "SEV", "STATUS", "DETECTED", "RESOLVED"));
    for (IncidentSummary i : incidents) {
      text.append(
          "%-22s %-30s %-3s %-12s %-24s %-24s%n"
              .formatted(
                  i.incidentId(),
                  i.runbookId(),
                  i.severity(),
                  i.status(),
                  i.detectedAt(),
                  time(i.resolvedAt())));
    }
    return text.toString();
  }

  public static String timeline(IncidentSummary incident, List<TimelineEntry> entries) {
    StringBuilder text =
        new StringBuilder(
            "%s %s (%s, %s, %s)%n"
                .formatted(
                    incident.incidentId(),
                    incident.title(),
                    incident.runbookId(),
                    incident.severity(),
                    incident.status()));
    for (TimelineEntry entry : entries) {
      text.append(
          "%-24s %-12s %s%s%n"
              .formatted(
                  entry.at(),
                  entry.kind(),
                  entry.summary(),
                  entry.actor().isEmpty() ? "" : " [" + entry.actor() + "]"));
      entry.figures().forEach((k, v) -> text.append("%39s%s = %s%n".formatted("", k, v)));
      entry.lines().forEach(line -> text.append("%39s| %s%n".formatted("", line)));
    }
    return text.toString();
  }

  private static String time(Optional<Instant> time) {
    return time.map(Instant::toString).orElse("-");
  }
}
