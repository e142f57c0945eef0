package dev.responder.ingest.kafka;

import dev.responder.schemas.avro.Alert;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro single-object encoding of an alert via the generated class's own encoder. Interim: replaced
 * by the shared serde ({@code ResponderSerdes.alert()}) once it lands on main.
 */
final class InterimAlertSerializer implements Serializer<Alert> {

  @Override
  public byte[] serialize(String topic, Alert alert) {
    try {
      ByteBuffer buffer = Alert.getEncoder().encode(alert);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
