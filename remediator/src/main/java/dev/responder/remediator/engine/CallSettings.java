package dev.responder.remediator.engine;

import dev.responder.remediator.guard.RetryPolicy;
import java.time.Duration;

/**
 * How calls to dependencies are bounded: a timeout on every call, the retry policy for transient
 * failures, and when a dependency's circuit opens (consecutive failures) and for how long.
 */
public record CallSettings(
    Duration timeout, RetryPolicy retry, int circuitThreshold, Duration circuitOpenFor) {}
