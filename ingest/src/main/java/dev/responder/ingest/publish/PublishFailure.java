package dev.responder.ingest.publish;

/**
 * Why alerts could not be stored. All are infrastructure failures, answered 503 so the sender
 * retries; none is the sender's fault.
 */
public enum PublishFailure {
  /** The broker did not acknowledge in time (down, partitioned, or too slow). */
  TIMED_OUT,
  /** The producer's buffer stayed full for the whole blocking bound. */
  BUFFER_FULL,
  /** The broker refused or lost the connection. */
  BROKER_UNAVAILABLE,
  /** Anything else the client reported; logged with its cause. */
  UNEXPECTED;

  /** The snake_case name used in error bodies and as the metric outcome tag. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
