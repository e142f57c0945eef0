package dev.responder.remediator.port;

/**
 * Whether an action's intent is visible on its target, read after a crash: YES and NO are safe to
 * act on; UNKNOWN means the target cannot tell, so the remediator must not act again.
 */
public enum Applied {
  YES,
  NO,
  UNKNOWN
}
