package dev.responder.schemas.catalog.operation;

/** The value types an operation parameter can have. */
public enum ParamType {
  /** A name that must be in an allowlist (see {@link TargetKind}). */
  TARGET,
  /** A whole number within bounds. */
  INTEGER,
  /** A duration such as {@code 10m} or {@code 1h30m}, within bounds. */
  DURATION,
  /** One of a fixed set of words. */
  CHOICE,
  /** Free text shown to people (messages); never executed. */
  TEXT
}
