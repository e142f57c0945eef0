package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Alert;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sender's clock is not trusted blindly. An alert's startsAt becomes an incident's detection time
 * (and so its response deadline) only when it lies within {@link #MAX_AGE} before and {@link
 * #MAX_AHEAD} after the time ingest received the alert; otherwise detection is the receive time,
 * and the reason is recorded. So a startsAt days old cannot page every escalation level in one
 * tick, and one in the future cannot keep an incident from ever escalating.
 */
public final class SenderTime {

  /** Older than this, a startsAt is not believed: Prometheus' pending time plus group waits fit. */
  public static final Duration MAX_AGE = Duration.ofMinutes(30);

  /** Further ahead than this, a startsAt is not believed: clock skew between hosts fits. */
  public static final Duration MAX_AHEAD = Duration.ofMinutes(5);

  private SenderTime() {}

  /**
   * When the incident this alert opens was detected.
   *
   * @param clampReason why startsAt was not believed, when it was not
   */
  public record Detection(Instant at, Optional<String> clampReason) {}

  public static Detection detectionOf(Alert alert) {
    return clamp("startsAt", alert.getStartsAt(), alert.getReceivedAt());
  }

  /** The sender's instant, or the receive time when the instant is out of bounds. */
  public static Detection clamp(String field, Instant claimed, Instant receivedAt) {
    if (claimed.isBefore(receivedAt.minus(MAX_AGE))) {
      return clamped(field, claimed, receivedAt, "more than " + MAX_AGE + " before");
    }
    if (claimed.isAfter(receivedAt.plus(MAX_AHEAD))) {
      return clamped(field, claimed, receivedAt, "more than " + MAX_AHEAD + " after");
    }
    return new Detection(claimed, Optional.empty());
  }

  private static Detection clamped(
      String field, Instant claimed, Instant receivedAt, String howFar) {
    return new Detection(
        receivedAt,
        Optional.of(
            field
                + " "
                + claimed
                + " is "
                + howFar
                + " its receipt at "
                + receivedAt
                + ": clamped to the receive time"));
  }
}
