package dev.responder.correlator.topology;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.RemediationOutcome;

/**
 * What reaches the incident processor after repartitioning: an alert routed by scope, or a command
 * or check result broadcast to every task. It never leaves the task, so it needs no serde.
 */
sealed interface CorrelatorInput {

  /** A deduplicated, classified alert. */
  record AlertInput(Alert alert) implements CorrelatorInput {}

  /** A person's command. */
  record CommandInput(Command command) implements CorrelatorInput {}

  /** A check the remediator ran for an incident, with its figures. */
  record CheckInput(RemediationOutcome check) implements CorrelatorInput {}
}
