package dev.responder.schemas.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One step of the escalation path (1 = on-call engineer): who is reached, and how long this level
 * waits for an acknowledgement before the next level is reached. The last level has no wait.
 */
public record EscalationLevel(
    int level, String name, List<String> contacts, Optional<Duration> escalateAfter) {

  public EscalationLevel {
    contacts = List.copyOf(contacts);
  }
}
