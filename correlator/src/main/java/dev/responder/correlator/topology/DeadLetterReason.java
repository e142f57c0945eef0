package dev.responder.correlator.topology;

/** Names why a record could not be decoded, for the dead-letter header and logs. */
final class DeadLetterReason {

  private DeadLetterReason() {}

  static String of(Exception exception) {
    return exception.getClass().getSimpleName();
  }
}
