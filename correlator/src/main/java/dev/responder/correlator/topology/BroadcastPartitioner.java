package dev.responder.correlator.topology;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Sends each record to every partition (KIP-837 multicast). Commands are few, and every task must
 * see them: silences apply to all scopes, and only the task holding an incident can act on it.
 */
final class BroadcastPartitioner<K, V> implements StreamPartitioner<K, V> {

  @Override
  public Optional<Set<Integer>> partitions(String topic, K key, V value, int numPartitions) {
    return Optional.of(IntStream.range(0, numPartitions).boxed().collect(Collectors.toSet()));
  }
}
