package dev.responder.remediator.guard;

/**
 * How a call to a dependency failed, as adapters classify it. Only TRANSIENT is retried; TIMEOUT
 * and UNEXPECTED are not, because the call may have taken effect ({@link #mayHaveTakenEffect()}).
 */
public enum FailureKind {
  /** Safe to retry: the call did not take effect (refused, reset before sending, busy). */
  TRANSIENT,
  /** Retrying cannot help: bad request, not found, forbidden. */
  PERMANENT,
  /** No answer in time; the effect is unknown. */
  TIMEOUT,
  /** The dependency is down or its circuit is open. */
  UNAVAILABLE,
  /**
   * The request reached the dependency but its answer was lost (the connection broke during a
   * commit): it may have been applied.
   */
  IN_DOUBT,
  /**
   * The adapter threw something it does not classify (a defect, an unforeseen error): it counts
   * against the dependency's circuit, and the effect is unknown, since it may have thrown after
   * acting.
   */
  UNEXPECTED;

  /** Whether a call that failed this way may still have taken effect, so the target must tell. */
  public boolean mayHaveTakenEffect() {
    return this == TIMEOUT || this == IN_DOUBT || this == UNEXPECTED;
  }
}
