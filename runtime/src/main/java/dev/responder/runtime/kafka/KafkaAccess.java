package dev.responder.runtime.kafka;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a service does on Kafka, declared by the service from the names its clients use: the topics
 * it reads and writes, its consumer groups and its transactional ids. The deploy tests compare it
 * with the service's {@code KafkaUser} ACLs, so an ACL cannot be missing or to spare.
 */
public record KafkaAccess(
    Set<String> reads, Set<String> writes, Set<String> groups, Set<String> transactionalIds) {

  public KafkaAccess {
    reads = Set.copyOf(new TreeSet<>(reads));
    writes = Set.copyOf(new TreeSet<>(writes));
    groups = Set.copyOf(new TreeSet<>(groups));
    transactionalIds = Set.copyOf(new TreeSet<>(transactionalIds));
  }
}
