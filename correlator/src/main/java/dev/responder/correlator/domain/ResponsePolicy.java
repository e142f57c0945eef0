package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port to the catalog's response rules: how long each severity may wait for acknowledgement,
 * the escalation path, and who is on call. Implementations must be pure functions of their
 * arguments.
 */
public interface ResponsePolicy {

  /** When an incident of this severity detected at this instant must be acknowledged. */
  Instant responseDue(Severity severity, Instant detectedAt);

  /** The escalation path, level 1 first; empty means the incident never escalates. */
  List<EscalationLevel> escalationPath();

  /** The incident commander on call at this instant, if the schedule names one. */
  Optional<String> commanderAt(Instant at);

  /**
   * How long a resolved incident of this runbook stays under watch for recurrence (the runbook's
   * "monitor for recurrence"); empty leaves it to the correlator's flap window.
   */
  default Optional<Duration> recurrenceWatch(String runbookId) {
    return Optional.empty();
  }
}
