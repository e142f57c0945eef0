package dev.responder.ingest.payload;

import java.util.Objects;

/**
 * A refused request or a dead-lettered alert as a value: the reason, a message a person can act on,
 * and the JSON pointer of the offending field ({@code ""} for the whole document, as RFC 6901
 * spells the root). The message is printable whatever the sender wrote (see {@link SenderText});
 * the pointer is exact, so use {@link #printablePointer} to show it.
 */
public record Problem(Rejection rejection, String message, String pointer) {

  /** The longest message kept; sender values inside it are cut shorter still. */
  static final int MESSAGE_LIMIT = 600;

  /** The longest pointer shown in an answer or a log line. */
  static final int POINTER_LIMIT = 200;

  public Problem {
    Objects.requireNonNull(rejection, "rejection");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(pointer, "pointer");
    message = SenderText.printable(message, MESSAGE_LIMIT);
  }

  /** The pointer, escaped and cut like any sender text, to show to a person. */
  public String printablePointer() {
    return SenderText.printable(pointer, POINTER_LIMIT);
  }

  /** A problem with the request as a whole rather than one field. */
  public static Problem ofRequest(Rejection rejection, String message) {
    return new Problem(rejection, message, "");
  }
}
