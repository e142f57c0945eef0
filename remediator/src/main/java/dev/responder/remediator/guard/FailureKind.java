package dev.responder.remediator.guard;

/**
 * How a call to a dependency failed, as adapters classify it. Only TRANSIENT is retried; TIMEOUT is
 * not, because the call may have taken effect.
 */
public enum FailureKind {
  /** Safe to retry: the call did not take effect (refused, reset before sending, busy). */
  TRANSIENT,
  /** Retrying cannot help: bad request, not found, forbidden. */
  PERMANENT,
  /** No answer in time; the effect is unknown. */
  TIMEOUT,
  /** The dependency is down or its circuit is open. */
  UNAVAILABLE
}
