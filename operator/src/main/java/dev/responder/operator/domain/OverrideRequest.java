package dev.responder.operator.domain;

import java.time.Instant;

/**
 * Someone to be on call instead of the schedule: for escalation level {@code level} (0: the
 * incident commander), from {@code from} (null: now) until {@code until}.
 */
public record OverrideRequest(Integer level, String user, Instant from, Instant until) {}
