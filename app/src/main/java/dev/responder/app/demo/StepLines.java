package dev.responder.app.demo;

import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.RemediationOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How the progress shows each lifecycle event and step outcome: one line, with its evidence. */
final class StepLines {

  private static final int MAX_TEXT = 110;
  private static final int MAX_DETAILS = 8;
  private static final int MAX_DETAIL_TEXT = 220;

  private StepLines() {}

  static String of(IncidentEvent event) {
    Incident incident = event.getIncident();
    return switch (event.getType()) {
      case OPENED, REOPENED ->
          "incident "
              + incident.getIncidentId()
              + " "
              + event.getType().name().toLowerCase(java.util.Locale.ROOT)
              + ": "
              + incident.getRunbookId()
              + " "
              + incident.getSeverity()
              + " ("
              + shorten(incident.getClassificationReason())
              + ")";
      case COMMANDER_ASSIGNED -> "commander " + incident.getCommander() + " assigned";
      case RESOLVED -> "incident " + incident.getIncidentId() + " RESOLVED";
      default ->
          "incident "
              + event.getType()
              + (event.getCause().getDetail().isEmpty()
                  ? ""
                  : ": " + shorten(event.getCause().getDetail()));
    };
  }

  static String of(RemediationOutcome outcome) {
    String status = outcome.getStatus() + " " + outcome.getReason();
    String target = ActionTaken.shortTarget(outcome.getTarget());
    return switch (outcome.getKind()) {
      case CHECK ->
          "check  " + outcome.getStep() + " (" + outcome.getOperation() + "): " + evidence(outcome);
      case ACTION ->
          "action "
              + outcome.getStep()
              + " "
              + outcome.getOperation()
              + " "
              + target
              + ": "
              + status
              + message(outcome);
      case NOTIFICATION -> "notify " + outcome.getStep() + " -> " + target + ": " + status;
      case VERIFICATION -> "verify " + status + ": " + evidence(outcome);
      default -> outcome.getKind() + " " + outcome.getStep() + ": " + status;
    };
  }

  /**
   * The evidence lines a person acts on, printed under a check's line: a log tail's summary (lines,
   * matches, rate) and its distinct errors; an unhealthy pod's reasons (conditions, waiting and
   * last termination, its events); the connection counts. Other checks show their figures only.
   */
  static List<String> details(RemediationOutcome outcome) {
    if (outcome.getKind() != OutcomeKind.CHECK) {
      return List.of();
    }
    List<String> lines = outcome.getEvidence().getLines();
    List<String> chosen =
        switch (outcome.getOperation()) {
          case "kubernetes.logs" -> summaryAndErrors(lines);
          case "kubernetes.pods" -> unhealthyPods(lines);
          case "postgres.connectionCount" -> lines.stream().limit(1).toList();
          default -> List.of();
        };
    return chosen.stream().map(l -> "         " + shorten(l, MAX_DETAIL_TEXT)).toList();
  }

  /** The log check's summary line, then its distinct errors (they follow it, before the tail). */
  private static List<String> summaryAndErrors(List<String> lines) {
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> shown = new ArrayList<>(List.of(lines.get(0)));
    lines.stream()
        .skip(1)
        .takeWhile(l -> l.startsWith("error") || l.startsWith("no container"))
        .limit(MAX_DETAILS)
        .forEach(shown::add);
    return shown;
  }

  /** Each described pod's line and its reasons (the indented lines under it). */
  private static List<String> unhealthyPods(List<String> lines) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < lines.size() && shown.size() < MAX_DETAILS; i++) {
      boolean described = i + 1 < lines.size() && lines.get(i + 1).startsWith("  ");
      if (lines.get(i).startsWith("  ") || described) {
        shown.add(lines.get(i));
      }
    }
    return shown;
  }

  private static String message(RemediationOutcome outcome) {
    boolean telling =
        outcome.getKind() == OutcomeKind.ACTION
            && outcome.getReason() != OutcomeReason.COMPLETED
            && !outcome.getMessage().isEmpty();
    return telling ? " (" + shorten(outcome.getMessage()) + ")" : "";
  }

  private static String evidence(RemediationOutcome outcome) {
    Map<String, String> figures = new TreeMap<>(outcome.getEvidence().getFigures());
    if (figures.isEmpty()) {
      return outcome.getMessage().isEmpty() ? "no figures" : shorten(outcome.getMessage());
    }
    return figures.entrySet().stream()
        .map(figure -> figure.getKey() + "=" + number(figure.getValue()))
        .collect(Collectors.joining(" "));
  }

  /** {@code 3.0} -> {@code 3}: figures are doubles on the wire, most are counts. */
  private static String number(String value) {
    return value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
  }

  private static String shorten(String text) {
    return shorten(text, MAX_TEXT);
  }

  private static String shorten(String text, int max) {
    String line = text.replace('\n', ' ');
    return line.length() <= max ? line : line.substring(0, max - 3) + "...";
  }
}
