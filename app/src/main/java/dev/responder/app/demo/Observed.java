package dev.responder.app.demo;

import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.RemediationOutcome;

/** One record the demo read from the pipeline's output topics, with when it read it. */
sealed interface Observed {

  /** {@link System#nanoTime()} when the demo read it. */
  long seenAtNanos();

  /** An incident's lifecycle change from {@code responder.incident-events.v1}. */
  record Lifecycle(IncidentEvent event, long seenAtNanos) implements Observed {}

  /** A runbook step's outcome from {@code responder.outcomes.v1}. */
  record Outcome(RemediationOutcome outcome, long seenAtNanos) implements Observed {}
}
