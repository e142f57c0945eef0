package dev.responder.remediator.engine;

import dev.responder.planning.ActionKey;

/**
 * A named point in the engine where tests inject a crash: {@link #AFTER_ACT} lies between an
 * action's effect and the ledger transaction that records it, the window the ledger exists for.
 */
@FunctionalInterface
public interface FailurePoint {

  String AFTER_ACT = "after-act";

  FailurePoint NONE = (point, key) -> {};

  /** Called when the engine reaches {@code point} for {@code key}; a test may throw there. */
  void reached(String point, ActionKey key);
}
