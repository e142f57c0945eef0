package dev.responder.sandbox.kafka;

import dev.responder.schemas.topics.Topic;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the topics of the catalogue that do not exist yet (partitions, configs, replication
 * factor 1), so starting twice is harmless.
 */
public final class TopicCatalogue {

  private static final long TIMEOUT_SECONDS = 30;

  private TopicCatalogue() {}

  public static void createMissing(Admin admin, List<Topic<?, ?>> topics) {
    try {
      Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      List<NewTopic> missing =
          topics.stream()
              .filter(topic -> !existing.contains(topic.name()))
              .map(TopicCatalogue::toNewTopic)
              .toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      }
      awaitLeaders(admin, topics.stream().map(Topic::name).toList());
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("could not create the topic catalogue", e.getCause());
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException("creating the topic catalogue timed out", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating the topic catalogue", e);
    }
  }

  /**
   * Waits until the broker serves a leader for every partition. The controller acknowledges a
   * creation before the broker has applied it; a client that starts in between sees
   * UnknownTopicOrPartition, and a producer was seen to leave a batch unsent for its whole delivery
   * timeout. "Ready" must mean ready to produce.
   */
  private static void awaitLeaders(Admin admin, List<String> names)
      throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (true) {
      try {
        Map<String, TopicDescription> described =
            admin.describeTopics(names).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (described.values().stream()
            .flatMap(topic -> topic.partitions().stream())
            .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty())) {
          return;
        }
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw new IllegalStateException("could not describe the topic catalogue", e.getCause());
        }
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("the catalogue's partitions have no leader yet: " + names);
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  private static NewTopic toNewTopic(Topic<?, ?> topic) {
    return new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.configs());
  }
}
