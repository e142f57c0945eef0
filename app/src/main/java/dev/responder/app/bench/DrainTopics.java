package dev.responder.app.bench;

import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.schemas.serde.ResponderSerdes;
import dev.responder.schemas.topics.Topic;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serdes;

/**
 * One drain scenario's own topics ({@code responder.bench-NAME.alerts.v1} and so on), so every
 * scenario reads only its own records on the one broker, with the production partition counts.
 */
record DrainTopics(String prefix, CorrelatorTopics correlator, String passthroughOutput) {

  static DrainTopics named(String scenario) {
    String prefix = "responder.bench-" + scenario;
    CorrelatorTopics topics =
        new CorrelatorTopics(
            new Topic<>(
                prefix + ".alerts.v1", 6, Map.of(), Serdes.String(), ResponderSerdes.alert()),
            new Topic<>(
                prefix + ".commands.v1", 1, Map.of(), Serdes.String(), ResponderSerdes.command()),
            new Topic<>(
                prefix + ".outcomes.v1", 6, Map.of(), Serdes.String(), ResponderSerdes.outcome()),
            new Topic<>(
                prefix + ".incidents.v1", 6, Map.of(), Serdes.String(), ResponderSerdes.incident()),
            new Topic<>(
                prefix + ".incident-events.v1",
                6,
                Map.of(),
                Serdes.String(),
                ResponderSerdes.incidentEvent()),
            prefix + ".dlq.v1");
    return new DrainTopics(prefix, topics, prefix + ".passthrough.v1");
  }

  void create(Admin admin) throws Exception {
    List<NewTopic> topics =
        List.of(
            topic(correlator.alerts()),
            topic(correlator.commands()),
            topic(correlator.outcomes()),
            topic(correlator.incidents()),
            topic(correlator.incidentEvents()),
            new NewTopic(correlator.deadLetters(), 1, (short) 1),
            new NewTopic(passthroughOutput, 6, (short) 1));
    admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
    awaitLeaders(admin, topics.stream().map(NewTopic::name).toList());
  }

  /**
   * Creating a topic answers before its partitions have leaders; a producer sending at once waits
   * out metadata retries (minutes on a loaded machine), which would be counted as set-up noise.
   */
  private static void awaitLeaders(Admin admin, List<String> names) throws Exception {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < giveUp) {
      try {
        boolean led =
            admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS).values().stream()
                .flatMap(topic -> topic.partitions().stream())
                .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
        if (led) {
          return;
        }
      } catch (java.util.concurrent.ExecutionException e) {
        // not known to the broker's metadata yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the partitions of " + names + " had no leader within 120 s");
  }

  private static NewTopic topic(Topic<?, ?> topic) {
    return new NewTopic(topic.name(), topic.partitions(), (short) 1);
  }
}
