package dev.responder.correlator.topology;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.RemediationOutcome;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time for the correlator's inputs: an alert's {@code receivedAt}, a command's {@code
 * issuedAt} and a check result's {@code finishedAt}, not the producer's timestamp, so a replay
 * decides exactly as the live run did.
 */
public final class EventTime implements TimestampExtractor {

  @Override
  public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
    if (record.value() instanceof Alert alert) {
      return alert.getReceivedAt().toEpochMilli();
    }
    if (record.value() instanceof Command command) {
      return command.getIssuedAt().toEpochMilli();
    }
    if (record.value() instanceof RemediationOutcome outcome) {
      return outcome.getFinishedAt().toEpochMilli();
    }
    return record.timestamp();
  }
}
