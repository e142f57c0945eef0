package dev.responder.remediator.service;

import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.topics.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts outcomes as they are published: {@code responder_remediator_outcomes_total} by kind,
 * status and reason. Counting at publication (after the Kafka commit) rather than when the engine
 * records an outcome counts each one once, as it appears on {@code responder.outcomes.v1}: the
 * outbox drops a second copy of a message, and a record the engine retries is not counted twice.
 */
final class OutcomeMeters {

  static final String NAME = "responder_remediator_outcomes";

  private static final Logger LOGGER = LoggerFactory.getLogger(OutcomeMeters.class);

  private final MeterRegistry registry;

  OutcomeMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Counts the message if it is an outcome; other outbox messages (commands) are not counted. */
  void published(String topic, byte[] payload) {
    if (!topic.equals(Topics.OUTCOMES.name())) {
      return;
    }
    RemediationOutcome outcome;
    try {
      outcome = Topics.OUTCOMES.values().deserializer().deserialize(topic, payload);
    } catch (RuntimeException e) {
      // The remediator serialized it itself; a metric must never fail a committed batch.
      LOGGER.warn("Cannot count a published outcome: {}", e.getMessage());
      return;
    }
    Counter.builder(NAME)
        .description("Outcomes published to " + Topics.OUTCOMES.name())
        .tag("kind", outcome.getKind().name())
        .tag("status", outcome.getStatus().name())
        .tag("reason", outcome.getReason().name())
        .register(registry)
        .increment();
  }
}
