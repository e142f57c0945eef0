package dev.responder.remediator.engine;

/**
 * A named point in the engine where tests inject a crash: {@link #AFTER_ACT} lies between an
 * action's effect and the ledger transaction that records it, the window the ledger exists for.
 */
@FunctionalInterface
public interface FailurePoint {

  String AFTER_ACT = "after-act";

  FailurePoint NONE = point -> {};

  /** Called when the engine reaches {@code point}; a test implementation may throw there. */
  void reached(String point);
}
