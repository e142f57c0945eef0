package dev.responder.remediator.engine;

import dev.responder.planning.ActionKey;
import dev.responder.planning.PlanContext;
import dev.responder.planning.PlannedStep;
import dev.responder.remediator.port.Observation;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import java.time.Instant;

/**
 * Everything one outcome says, before it becomes a {@code RemediationOutcome}. {@code phase} tells
 * apart the outcomes one step may have for one event (its result, its approval request, its
 * verification); with the action key and the event it makes the outcome id deterministic.
 */
record StepReport(
    PlanContext context,
    PlannedStep step,
    ActionKey key,
    OutcomeKind kind,
    OutcomeStatus status,
    OutcomeReason reason,
    String message,
    Observation observation,
    int attempt,
    Instant startedAt,
    Instant finishedAt,
    String phase) {}
