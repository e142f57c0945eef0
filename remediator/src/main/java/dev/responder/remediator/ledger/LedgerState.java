package dev.responder.remediator.ledger;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of an action key in the ledger. A key in a {@link #isReleased() released} state may be
 * claimed again by a later incident event; any other state holds it.
 */
public enum LedgerState {
  /** Claimed; the action is about to be or is being applied. */
  INTENT,
  /** Waiting for a person's APPROVE or REJECT until the approval expires. */
  AWAITING_APPROVAL,
  /** The action took effect. */
  APPLIED,
  /** Applied, and verification found the incident fixed. */
  VERIFIED,
  /** Applied, and verification found it not fixed (escalated). */
  NOT_FIXED,
  /** The action failed without effect. */
  FAILED,
  /** A person rejected it. */
  REJECTED,
  /** No answer before the approval expired. */
  EXPIRED,
  /** Approved, but a guardrail (kill switch, cooldown, budget, circuit) stopped it. */
  BLOCKED,
  /** After a crash the target could not tell whether it took effect: a person decides. */
  UNKNOWN,
  /**
   * A notification not sent on its own: it followed others of its storm window and is counted in
   * the window's digest. It holds the key, as a sent notification does.
   */
  AGGREGATED;

  private static final Set<LedgerState> RELEASED = EnumSet.of(FAILED, REJECTED, EXPIRED, BLOCKED);
  private static final Set<LedgerState> ACTED =
      EnumSet.of(INTENT, APPLIED, VERIFIED, NOT_FIXED, UNKNOWN);

  public boolean isReleased() {
    return RELEASED.contains(this);
  }

  /**
   * States in which the target was (or may have been) changed: they count for cooldown and budgets.
   */
  public static Set<LedgerState> acted() {
    return ACTED;
  }
}
