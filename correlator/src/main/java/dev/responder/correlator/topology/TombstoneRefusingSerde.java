package dev.responder.correlator.topology;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The serde of an input topic that carries records, never deletions. Kafka's serdes decode a null
 * value (a tombstone) to null, which no processor can identify: the topology would fail on the same
 * record after every restart. Refused here instead, the tombstone goes to the dead-letter topic
 * with reason {@code TOMBSTONE} like any undecodable record, and the next record is processed.
 */
final class TombstoneRefusingSerde<V> implements Serde<V> {

  /** A null value where a record was expected. */
  static final class TombstoneException extends SerializationException {
    TombstoneException(String topic) {
      super(
          "a tombstone (null value) on topic "
              + topic
              + ": this topic carries records, never deletions");
    }
  }

  private final Serde<V> inner;

  private TombstoneRefusingSerde(Serde<V> inner) {
    this.inner = inner;
  }

  static <V> Serde<V> refusingTombstones(Serde<V> inner) {
    return new TombstoneRefusingSerde<>(inner);
  }

  @Override
  public Serializer<V> serializer() {
    return inner.serializer();
  }

  @Override
  public Deserializer<V> deserializer() {
    Deserializer<V> decode = inner.deserializer();
    return new Deserializer<>() {
      @Override
      public V deserialize(String topic, byte[] data) {
        if (data == null) {
          throw new TombstoneException(topic);
        }
        return decode.deserialize(topic, data);
      }

      @Override
      public V deserialize(String topic, Headers headers, byte[] data) {
        if (data == null) {
          throw new TombstoneException(topic);
        }
        return decode.deserialize(topic, headers, data);
      }
    };
  }
}
