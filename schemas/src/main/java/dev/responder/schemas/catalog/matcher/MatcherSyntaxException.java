package dev.responder.schemas.catalog.matcher;

/**
 * A matcher's text could not be read: the message names what is wrong and the hint how to write it.
 */
public final class MatcherSyntaxException extends IllegalArgumentException {

  private final String hint;

  MatcherSyntaxException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  /** How to write the matcher correctly. */
  public String hint() {
    return hint;
  }
}
