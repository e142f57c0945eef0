package dev.responder.remediator.ledger;

import dev.responder.remediator.guard.Verdict;
import dev.responder.remediator.notify.Window;
import java.util.Optional;

/**
 * How a claim ended: CLAIMED (INTENT written, act now), HELD (another claim already holds the key,
 * in {@code heldState}), BLOCKED by the guardrails' {@code verdict} (for APPROVAL_REQUIRED the key
 * now waits for approval), or AGGREGATED (a notification folded into {@code window}'s digest).
 */
public record ClaimResult(
    Kind kind, int attempt, LedgerState heldState, Verdict verdict, Optional<Window> window) {

  public static ClaimResult claimed(int attempt) {
    return new ClaimResult(
        Kind.CLAIMED, attempt, LedgerState.INTENT, Verdict.PROCEED, Optional.empty());
  }

  public static ClaimResult held(LedgerState state, int attempt) {
    return new ClaimResult(Kind.HELD, attempt, state, Verdict.PROCEED, Optional.empty());
  }

  public static ClaimResult blocked(Verdict verdict, int attempt) {
    return new ClaimResult(Kind.BLOCKED, attempt, null, verdict, Optional.empty());
  }

  /** Folded into {@code window}, which already counts this notification. */
  public static ClaimResult aggregated(int attempt, Window window) {
    return new ClaimResult(
        Kind.AGGREGATED, attempt, LedgerState.AGGREGATED, Verdict.PROCEED, Optional.of(window));
  }

  /** The four ways a claim ends. */
  public enum Kind {
    CLAIMED,
    HELD,
    BLOCKED,
    AGGREGATED
  }
}
