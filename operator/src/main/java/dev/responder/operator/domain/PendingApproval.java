package dev.responder.operator.domain;

import java.time.Instant;
import java.util.Map;

/**
 * An action waiting for a person: what it would do (runbook, step, operation, target), why (the
 * incident's check figures when it was requested) and until when an answer counts.
 */
public record PendingApproval(
    String actionKey,
    String incidentId,
    String runbookId,
    String step,
    String operation,
    String target,
    String message,
    Map<String, String> evidence,
    Instant requestedAt,
    Instant expiresAt) {

  public PendingApproval {
    evidence = Map.copyOf(evidence);
  }

  /** Whether an answer at {@code now} comes too late. */
  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
