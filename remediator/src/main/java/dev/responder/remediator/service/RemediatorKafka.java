package dev.responder.remediator.service;

import dev.responder.runtime.kafka.KafkaAccess;
import dev.responder.schemas.topics.Topics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The remediator's names on Kafka, used by its clients and declared for its ACLs: it consumes
 * incident events and commands in its group, and its outbox relay writes outcomes under one
 * transactional id and reads them back. It writes no commands: only the operator API does, and the
 * correlator escalates on a NOT_FIXED verification outcome instead.
 */
public final class RemediatorKafka {

  /** What the remediator's consumer group subscribes to. */
  public static final List<String> CONSUMED =
      List.of(Topics.INCIDENT_EVENTS.name(), Topics.COMMANDS.name());

  /** What the outbox relay publishes (see {@code Outbound}) and reads back. */
  public static final List<String> PUBLISHED = List.of(Topics.OUTCOMES.name());

  private RemediatorKafka() {}

  /** The outbox relay's transactional id: one per deployment, so a new relay fences the old. */
  public static String transactionalId(RemediatorConfig config) {
    return config.groupId() + "-outbox";
  }

  /**
   * The pager's consumer group: its own, so it reads every incident event and outcome whatever the
   * remediator's group has consumed. Its producer writes outcomes, idempotent, without a
   * transactional id.
   */
  public static String pagerGroupId(RemediatorConfig config) {
    return config.groupId() + "-pager";
  }

  /** Everything the remediator's clients touch, for its KafkaUser's ACLs. */
  public static KafkaAccess access(RemediatorConfig config) {
    Set<String> reads = new HashSet<>(CONSUMED);
    reads.addAll(PUBLISHED);
    return new KafkaAccess(
        reads,
        Set.copyOf(PUBLISHED),
        config.deliveryConfig().isPresent()
            ? Set.of(config.groupId(), pagerGroupId(config))
            : Set.of(config.groupId()),
        Set.of(transactionalId(config)));
  }
}
