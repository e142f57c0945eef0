package dev.responder.correlator.topology;

import dev.responder.schemas.serde.UndecodableRecordException;

/**
 * Names why a record could not be decoded, for the dead-letter header: the serde's closed reason
 * when it raised one, else the exception's type.
 */
final class DeadLetterReason {

  private DeadLetterReason() {}

  static String of(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof UndecodableRecordException undecodable) {
        return undecodable.reason().name();
      }
      if (cause instanceof TombstoneRefusingSerde.TombstoneException) {
        return "TOMBSTONE";
      }
    }
    return exception.getClass().getSimpleName();
  }
}
