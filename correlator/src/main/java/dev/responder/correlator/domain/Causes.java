package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.CauseKind;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.RemediationOutcome;

/**
 * Builds the cause each lifecycle event carries: an alert, a person's command, the clock, or a
 * check the remediator ran.
 */
final class Causes {

  private Causes() {}

  static Cause alert(Alert alert, String detail) {
    return Cause.newBuilder()
        .setKind(CauseKind.ALERT)
        .setAlertFingerprint(alert.getFingerprint())
        .setAlertStartsAt(alert.getStartsAt())
        .setDetail(detail)
        .build();
  }

  static Cause command(Command command) {
    return Cause.newBuilder()
        .setKind(CauseKind.COMMAND)
        .setCommandId(command.getCommandId())
        .setAuthor(command.getAuthor())
        .setDetail(command.getComment() == null ? "" : command.getComment())
        .build();
  }

  static Cause clock(String detail) {
    return Cause.newBuilder().setKind(CauseKind.CLOCK).setDetail(detail).build();
  }

  /** A check result: the detail names the check and its figures, the outcome id links to it. */
  static Cause check(RemediationOutcome check, String detail) {
    return Cause.newBuilder()
        .setKind(CauseKind.CHECK)
        .setOutcomeId(check.getOutcomeId())
        .setDetail(detail)
        .build();
  }
}
