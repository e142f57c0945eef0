package dev.responder.schemas.catalog.operation;

/** What an operation does to the world, which decides where a catalog may place it. */
public enum OperationKind {
  /** Reads state and reports figures; never changes anything. Allowed in checks and assess. */
  CHECK,
  /** Changes the system (restart, scale, terminate, retry). Allowed only in runbook actions. */
  ACTION,
  /** Tells people something. Allowed in actions, communicate steps and unclassified incidents. */
  NOTIFY
}
