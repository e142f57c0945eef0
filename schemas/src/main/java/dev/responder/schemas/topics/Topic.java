package dev.responder.schemas.topics;

import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * One Kafka topic of Responder's contract: its name, how many partitions it is created with, the
 * topic-level configs it needs, and the serdes of its keys and values. Immutable.
 *
 * @param <K> key type
 * @param <V> value type
 */
public record Topic<K, V>(
    String name, int partitions, Map<String, String> configs, Serde<K> keys, Serde<V> values) {

  public Topic {
    Objects.requireNonNull(name, "name");
    if (!name.matches("responder\\.[a-z0-9-]+(\\.[a-z0-9-]+)*\\.v[0-9]+")) {
      throw new IllegalArgumentException(
          "topic name '" + name + "' does not follow responder.<name>.v<version>");
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("topic " + name + " needs at least one partition");
    }
    configs = Map.copyOf(configs);
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(values, "values");
  }
}
