package dev.responder.ingest.payload;

/**
 * Unwinds a parse at the first problem found. It never leaves this package: parsers catch it and
 * return the {@link Problem} as a value.
 */
final class InvalidPayloadException extends RuntimeException {

  private final transient Problem problem;

  InvalidPayloadException(Rejection rejection, String message, String pointer) {
    super(message, null, false, false);
    this.problem = new Problem(rejection, message, pointer);
  }

  Problem problem() {
    return problem;
  }
}
