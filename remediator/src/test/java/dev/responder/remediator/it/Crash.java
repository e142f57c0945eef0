package dev.responder.remediator.it;

/** Thrown by a test at an engine failure point, as if the process died there. */
final class Crash extends RuntimeException {
  private static final long serialVersionUID = 1L;
}
