package dev.responder.app.demo;

import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary's paging section: per incident, the pages (PagerDuty or Opsgenie trigger,
 * acknowledge, resolve, by contact) and the channel messages the pager delivered, read from its
 * {@code page.*} outcomes on {@code responder.outcomes.v1}; failed deliveries are named.
 */
final class PagingSummary {

  private PagingSummary() {}

  static List<String> lines(List<Observed> observed) {
    Map<String, List<RemediationOutcome>> byIncident = new TreeMap<>();
    for (Observed record : observed) {
      if (record instanceof Observed.Outcome found
          && found.outcome().getStep().startsWith("page.")) {
        byIncident
            .computeIfAbsent(found.outcome().getIncidentId(), id -> new ArrayList<>())
            .add(found.outcome());
      }
    }
    List<String> lines = new ArrayList<>();
    byIncident.forEach((incident, outcomes) -> lines.add(incident + "  " + describe(outcomes)));
    return lines;
  }

  static void print(PrintWriter out, List<Observed> observed) {
    List<String> lines = lines(observed);
    if (lines.isEmpty()) {
      return;
    }
    out.println();
    out.println(
        "Pages and channel messages (the pager's page.* outcomes on responder.outcomes.v1):");
    lines.forEach(line -> out.println("  " + line));
    out.flush();
  }

  private static String describe(List<RemediationOutcome> outcomes) {
    Map<String, List<String>> pages = new TreeMap<>();
    Map<String, Integer> messages = new TreeMap<>();
    List<String> failed = new ArrayList<>();
    for (RemediationOutcome outcome : outcomes) {
      if (outcome.getStatus() != OutcomeStatus.SUCCEEDED) {
        failed.add(outcome.getOperation() + " " + outcome.getTarget());
      } else if (outcome.getOperation().startsWith("pagerduty.")
          || outcome.getOperation().startsWith("opsgenie.")) {
        pages
            .computeIfAbsent(outcome.getTarget(), target -> new ArrayList<>())
            .add(outcome.getOperation());
      } else {
        messages.merge(outcome.getTarget(), 1, Integer::sum);
      }
    }
    List<String> parts = new ArrayList<>();
    pages.forEach(
        (target, done) -> parts.add("paged " + target + " (" + String.join(", ", done) + ")"));
    messages.forEach(
        (target, count) ->
            parts.add(count + (count == 1 ? " message to " : " messages to ") + target));
    if (!failed.isEmpty()) {
      parts.add("FAILED: " + String.join(", ", failed));
    }
    return String.join("; ", parts);
  }
}
