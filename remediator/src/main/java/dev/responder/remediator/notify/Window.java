package dev.responder.remediator.notify;

import java.time.Instant;

/**
 * One window as the ledger holds it: opened by the notification that went out at once, it takes the
 * followers until {@code endsAt}; {@code folded} counts them, and {@code digested} says whether its
 * digest has been claimed.
 */
public record Window(long id, Instant openedAt, Instant endsAt, int folded, boolean digested) {

  /** Whether a notification at {@code now} still belongs here. */
  public boolean takesFollowerAt(Instant now) {
    return !digested && now.isBefore(endsAt);
  }

  /** The window once it has counted one more follower. */
  public Window withFollower() {
    return new Window(id, openedAt, endsAt, folded + 1, digested);
  }
}
