package dev.responder.operator.domain;

import java.time.Instant;

/**
 * A person's silence as asked: matchers in Alertmanager's selector syntax, a length in minutes or
 * an end instant (one of the two), and the comment that says why.
 */
public record SilenceRequest(
    String matchers, Integer durationMinutes, Instant endsAt, String comment) {}
