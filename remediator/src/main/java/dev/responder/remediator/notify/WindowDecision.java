package dev.responder.remediator.notify;

import java.time.Instant;

/** What {@link StormWindows#decide} says about one notification. */
public sealed interface WindowDecision {

  /** Aggregation is off for this step: send it, open nothing. */
  record SendAlone() implements WindowDecision {}

  /** The first of a new window: send it now and open the window until {@code endsAt}. */
  record SendAndOpen(Instant openedAt, Instant endsAt) implements WindowDecision {}

  /**
   * A follower: do not send it; count it in {@code window}'s digest, naming it there when {@code
   * named} (the digest names the first few and counts the rest).
   */
  record Fold(Window window, boolean named) implements WindowDecision {}
}
