package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.CauseKind;
import dev.responder.schemas.avro.Command;

/** Builds the cause each lifecycle event carries: an alert, a person's command, or the clock. */
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
}
