package dev.responder.planning;

/** What a planned step does: read (check), change (action) or tell a person (notification). */
public enum StepKind {
  CHECK,
  ACTION,
  NOTIFICATION;

  /** Actions and notifications leave a trace outside the remediator, so the ledger guards them. */
  public boolean hasSideEffect() {
    return this != CHECK;
  }
}
