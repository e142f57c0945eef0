package dev.responder.app.demo;

import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.RemediationOutcome;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How the progress shows each lifecycle event and step outcome: one line, with its evidence. */
final class StepLines {

  private static final int MAX_TEXT = 110;

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
    String line = text.replace('\n', ' ');
    return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT - 3) + "...";
  }
}
