package dev.responder.remediator.ledger;

import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.topics.Topics;

/**
 * A message for the outbox: its deterministic id (the outbox ignores a second copy), topic, key and
 * the serialized record.
 */
public record Outbound(String messageId, String topic, String key, byte[] payload) {

  public static Outbound outcome(RemediationOutcome outcome) {
    byte[] bytes = Topics.OUTCOMES.values().serializer().serialize(Topics.OUTCOMES.name(), outcome);
    return new Outbound(
        outcome.getOutcomeId(), Topics.OUTCOMES.name(), outcome.getIncidentId(), bytes);
  }
}
