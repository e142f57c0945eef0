package dev.responder.remediator.service;

import dev.responder.remediator.guard.RetryPolicy;
import dev.responder.runtime.config.Settings;
import java.time.Duration;

/**
 * The remediator's tuning numbers, each with a default that suits the shipped runbooks and an
 * environment variable to change it: retries of transient failures, when a dependency's circuit
 * opens and for how long, the outbox relay's batch, the consumer loop's backoff after a failed
 * round, and how many records a poll takes and how long a round may last before the group counts
 * the member gone.
 */
public record Tuning(
    RetryPolicy retry,
    int circuitThreshold,
    Duration circuitOpenFor,
    int outboxBatch,
    Duration failureBackoff,
    Duration failureMaxBackoff,
    int maxPollRecords,
    Duration maxPollInterval) {

  static Tuning read(Settings read) {
    return new Tuning(
        new RetryPolicy(
            read.integer("RESPONDER_REMEDIATOR_RETRY_ATTEMPTS", 3, 1, 10),
            read.millis("RESPONDER_REMEDIATOR_RETRY_BACKOFF_MS", 200, 10, 10_000),
            read.millis("RESPONDER_REMEDIATOR_RETRY_MAX_BACKOFF_MS", 2_000, 10, 60_000)),
        read.integer("RESPONDER_REMEDIATOR_CIRCUIT_THRESHOLD", 5, 1, 100),
        read.seconds("RESPONDER_REMEDIATOR_CIRCUIT_OPEN_SECONDS", 60, 5, 3_600),
        read.integer("RESPONDER_REMEDIATOR_OUTBOX_BATCH", 500, 1, 10_000),
        read.millis("RESPONDER_REMEDIATOR_FAILURE_BACKOFF_MS", 500, 10, 60_000),
        read.seconds("RESPONDER_REMEDIATOR_FAILURE_MAX_BACKOFF_SECONDS", 30, 1, 600),
        read.integer("RESPONDER_REMEDIATOR_MAX_POLL_RECORDS", 10, 1, 500),
        read.seconds("RESPONDER_REMEDIATOR_MAX_POLL_INTERVAL_SECONDS", 900, 60, 3_600));
  }
}
