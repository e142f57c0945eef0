package dev.responder.remediator.service;

import dev.responder.remediator.engine.Remediator;
import dev.responder.schemas.topics.Topics;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes a consumed record by its topic and hands it to the engine: incident events to {@link
 * Remediator#onIncidentEvent}, commands to {@link Remediator#onCommand}. Bytes that are not a
 * readable record fail with {@link DecodeFailure}.
 */
final class RecordDispatcher {

  private static final Logger LOGGER = LoggerFactory.getLogger(RecordDispatcher.class);

  private final Remediator remediator;

  RecordDispatcher(Remediator remediator) {
    this.remediator = remediator;
  }

  void dispatch(ConsumerRecord<String, byte[]> record) {
    LOGGER.debug("Record {}-{}@{}", record.topic(), record.partition(), record.offset());
    if (record.topic().equals(Topics.INCIDENT_EVENTS.name())) {
      remediator.onIncidentEvent(
          decode(
              () ->
                  Topics.INCIDENT_EVENTS
                      .values()
                      .deserializer()
                      .deserialize(record.topic(), record.value())));
    } else {
      remediator.onCommand(
          decode(
              () ->
                  Topics.COMMANDS
                      .values()
                      .deserializer()
                      .deserialize(record.topic(), record.value())));
    }
  }

  private static <T> T decode(Supplier<T> decoder) {
    try {
      T value = decoder.get();
      if (value == null) {
        throw new DecodeFailure("empty record");
      }
      return value;
    } catch (DecodeFailure e) {
      throw e;
    } catch (RuntimeException e) {
      throw new DecodeFailure(e.getMessage());
    }
  }

  /** A record's bytes are not a readable event or command. */
  static final class DecodeFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DecodeFailure(String message) {
      super(message);
    }
  }
}
