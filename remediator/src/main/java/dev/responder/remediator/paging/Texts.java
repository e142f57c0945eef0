package dev.responder.remediator.paging;

import dev.responder.schemas.avro.RemediationOutcome;
import java.time.Duration;
import java.util.Optional;

/** The words of each notice: one line a person reads first, the rest as details. */
final class Texts {

  private Texts() {}

  static String opened(IncidentView incident) {
    return "%s %s (%s) opened; runbook %s; commander %s"
        .formatted(
            incident.severity(),
            incident.title(),
            incident.incidentId(),
            incident.runbookId(),
            incident.commander().orElse("not assigned"));
  }

  static String escalated(IncidentView incident, int level, String levelName) {
    return "%s %s (%s) escalated to level %d (%s): not acknowledged in time"
        .formatted(incident.severity(), incident.title(), incident.incidentId(), level, levelName);
  }

  static String acknowledged(IncidentView incident, Optional<String> by) {
    return "%s acknowledged by %s; escalation stopped"
        .formatted(incident.incidentId(), by.orElse("someone"));
  }

  static String resolved(IncidentView incident, Duration lasted) {
    return "%s %s resolved after %s".formatted(incident.incidentId(), incident.title(), of(lasted));
  }

  static String reportCommand(IncidentView incident) {
    return "post-incident report: responder report " + incident.incidentId();
  }

  static String commander(IncidentView incident) {
    return "%s: incident commander is %s"
        .formatted(incident.incidentId(), incident.commander().orElse("not assigned"));
  }

  static String severityChanged(IncidentView incident, String previous) {
    return "%s: severity %s -> %s".formatted(incident.incidentId(), previous, incident.severity());
  }

  static String suppressed(IncidentView incident) {
    return "%s suppressed; its pages are resolved".formatted(incident.incidentId());
  }

  static String awaitingApproval(RemediationOutcome outcome) {
    return "%s: action %s (%s %s) waits for approval"
        .formatted(
            outcome.getIncidentId(),
            outcome.getStep(),
            outcome.getOperation(),
            outcome.getTarget());
  }

  static String approveCommand(RemediationOutcome outcome) {
    return "approve: responder approve " + outcome.getActionKey();
  }

  static String rejectCommand(RemediationOutcome outcome) {
    return "reject:  responder reject " + outcome.getActionKey();
  }

  static String actionOutcome(RemediationOutcome outcome) {
    return "%s: action %s (%s %s) %s %s"
        .formatted(
            outcome.getIncidentId(),
            outcome.getStep(),
            outcome.getOperation(),
            outcome.getTarget(),
            outcome.getStatus(),
            outcome.getReason());
  }

  static String verificationFailed(RemediationOutcome outcome) {
    return "%s: verification failed (%s %s)"
        .formatted(outcome.getIncidentId(), outcome.getStatus(), outcome.getReason());
  }

  static String deliveryFailed(Delivery failed, int nextLevel, String why) {
    return "%s: could not page %s (%s); paging level %d"
        .formatted(failed.notice().incidentId(), failed.contact(), why, nextLevel);
  }

  /** For example {@code 1h 02m 03s}, {@code 4m 10s}, {@code 12s}. */
  static String of(Duration lasted) {
    long seconds = Math.max(0, lasted.toSeconds());
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    long rest = seconds % 60;
    if (hours > 0) {
      return "%dh %02dm %02ds".formatted(hours, minutes, rest);
    }
    return minutes > 0 ? "%dm %02ds".formatted(minutes, rest) : rest + "s";
  }
}
