package dev.responder.remediator.paging;

import java.time.Duration;
import java.util.Optional;

/** How one try to deliver ended, as the receiver's answer says. */
public sealed interface Attempt {

  /** The receiver took it; {@code receipt} is what it said (status, its id). */
  record Delivered(String receipt) implements Attempt {}

  /**
   * It may succeed later (a 5xx, 429, a timeout); {@code after} is the receiver's Retry-After when
   * it gave one.
   */
  record Retry(Optional<Duration> after, String why) implements Attempt {}

  /** It never will as sent (a 4xx other than 429, a contact with no delivery configured). */
  record Refused(String why) implements Attempt {}
}
