package dev.responder.remediator.ledger;

import dev.responder.remediator.guard.Verdict;

/**
 * How a claim ended: CLAIMED (INTENT written, act now), HELD (another claim already holds the key,
 * in {@code heldState}), or BLOCKED by the guardrails' {@code verdict} (for APPROVAL_REQUIRED the
 * key now waits for approval).
 */
public record ClaimResult(Kind kind, int attempt, LedgerState heldState, Verdict verdict) {

  public static ClaimResult claimed(int attempt) {
    return new ClaimResult(Kind.CLAIMED, attempt, LedgerState.INTENT, Verdict.PROCEED);
  }

  public static ClaimResult held(LedgerState state, int attempt) {
    return new ClaimResult(Kind.HELD, attempt, state, Verdict.PROCEED);
  }

  public static ClaimResult blocked(Verdict verdict, int attempt) {
    return new ClaimResult(Kind.BLOCKED, attempt, null, verdict);
  }

  /** The three ways a claim ends. */
  public enum Kind {
    CLAIMED,
    HELD,
    BLOCKED
  }
}
