package dev.responder.remediator.paging;

import java.util.List;
import java.util.Objects;

/**
 * What one delivery says: the incident, the move at the receiver, the moment it is about, a
 * one-line summary and detail lines. {@code key} names this notice (the incident event or outcome
 * that caused it); with the contact it makes the idempotency key a receiver sees again on a retry.
 *
 * @param severity P1..P4, or empty when the notice does not know it
 */
public record Notice(
    String incidentId,
    Move move,
    Update update,
    String severity,
    String summary,
    List<String> details,
    String key) {

  public Notice {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(move, "move");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    details = List.copyOf(details);
    Objects.requireNonNull(key, "key");
  }

  /** The summary and the details, one per line: the text of a plain message. */
  public String text() {
    return details.isEmpty() ? summary : summary + "\n" + String.join("\n", details);
  }
}
