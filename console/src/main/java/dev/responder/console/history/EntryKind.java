package dev.responder.console.history;

/** What a timeline entry records. */
public enum EntryKind {
  ALERT,
  LIFECYCLE,
  ESCALATION,
  COMMAND,
  CHECK,
  ACTION,
  VERIFICATION,
  NOTIFICATION,
  OTHER
}
