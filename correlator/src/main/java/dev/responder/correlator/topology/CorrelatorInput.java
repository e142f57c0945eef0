package dev.responder.correlator.topology;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Command;

/**
 * What reaches the incident processor after repartitioning: an alert routed by scope, or a command
 * broadcast to every task. It never leaves the task, so it needs no serde.
 */
sealed interface CorrelatorInput {

  /** A deduplicated, classified alert. */
  record AlertInput(Alert alert) implements CorrelatorInput {}

  /** A person's command. */
  record CommandInput(Command command) implements CorrelatorInput {}
}
