package dev.responder.sandbox.kafka;

import dev.responder.schemas.topics.Topic;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

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

  private static NewTopic toNewTopic(Topic<?, ?> topic) {
    return new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.configs());
  }
}
