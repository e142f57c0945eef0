package dev.responder.remediator.pager;

import dev.responder.remediator.paging.Delivery;
import java.time.Instant;

/**
 * How a delivery ended after all its attempts: delivered, or failed as refused (never worth another
 * try) or given up (tries used up); {@code said} is the receiver's last answer.
 */
public record DeliveryReport(
    Delivery delivery,
    Ending ending,
    int attempts,
    String said,
    Instant startedAt,
    Instant finishedAt) {

  /** How it ended. */
  public enum Ending {
    DELIVERED,
    REFUSED,
    GAVE_UP
  }

  public boolean delivered() {
    return ending == Ending.DELIVERED;
  }
}
