package dev.responder.ingest.payload;

import java.util.Objects;

/**
 * A refused request as a value: the reason, a message a person can act on, and the JSON pointer of
 * the offending field ({@code ""} for the whole document, as RFC 6901 spells the root).
 */
public record Problem(Rejection rejection, String message, String pointer) {

  public Problem {
    Objects.requireNonNull(rejection, "rejection");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(pointer, "pointer");
  }

  /** A problem with the request as a whole rather than one field. */
  public static Problem ofRequest(Rejection rejection, String message) {
    return new Problem(rejection, message, "");
  }
}
