package dev.responder.remediator.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The storm rule for notifications: the first notification of a window goes out at once, so a
 * single incident is never delayed; the ones that follow within the window are folded into one
 * digest, sent when the window has ended, that says how many there were and names the first few.
 */
public final class StormWindows {

  /** How many folded incidents a digest names; it counts the rest. */
  public static final int NAMED = 10;

  private StormWindows() {}

  /**
   * Decides for a notification at {@code now}, given the latest window of its key and the step's
   * window length (zero turns aggregation off).
   */
  public static WindowDecision decide(Optional<Window> latest, Duration length, Instant now) {
    if (length.isZero() || length.isNegative()) {
      return new WindowDecision.SendAlone();
    }
    if (latest.isPresent() && latest.get().takesFollowerAt(now)) {
      Window window = latest.get();
      return new WindowDecision.Fold(window, window.folded() < NAMED);
    }
    return new WindowDecision.SendAndOpen(now, now.plus(length));
  }

  /** A digest is due once its window has ended, if anything was folded and none was claimed. */
  public static boolean digestDue(Window window, Instant now) {
    return !window.digested() && window.folded() > 0 && !now.isBefore(window.endsAt());
  }
}
