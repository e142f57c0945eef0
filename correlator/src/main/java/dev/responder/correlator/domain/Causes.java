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

  /**
   * A check result. The contract's CauseKind has no symbol for it yet, so the kind is UNKNOWN (the
   * enum's own default for a cause a reader does not know) and the detail names the check, its
   * figures and the outcome id.
   */
  static Cause check(RemediationOutcome check, String detail) {
    return Cause.newBuilder()
        .setKind(CauseKind.UNKNOWN)
        .setDetail(detail + " [outcome " + check.getOutcomeId() + "]")
        .build();
  }
}
