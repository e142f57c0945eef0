package dev.responder.console.projection;

/**
 * What one projected record is. {@code UNDECODABLE} keeps a record the serde could not read: the
 * audit log shows it, with the reason, rather than skipping it silently.
 */
public enum RecordKind {
  ALERT,
  COMMAND,
  INCIDENT_EVENT,
  OUTCOME,
  INCIDENT_STATE,
  UNDECODABLE
}
