package dev.responder.correlator.it;

import static org.awaitility.Awaitility.await;

import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.schemas.topics.Topic;
import dev.responder.schemas.topics.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * Topics for one correlator run, named like the catalogue's with a run prefix and created with the
 * catalogue's partition counts, so runs on one broker never see each other's records.
 */
final class RunTopics {

  private RunTopics() {}

  /** Input topics shared by every run of a test class. */
  static CorrelatorTopics inputs(String prefix) {
    return new CorrelatorTopics(
        renamed(Topics.ALERTS, prefix + "-alerts"),
        renamed(Topics.COMMANDS, prefix + "-commands"),
        renamed(Topics.OUTCOMES, prefix + "-outcomes"),
        renamed(Topics.INCIDENTS, prefix + "-incidents"),
        renamed(Topics.INCIDENT_EVENTS, prefix + "-incident-events"),
        "responder." + prefix + "-alerts-dlq.v1");
  }

  /** The same inputs, with outputs of a run's own. */
  static CorrelatorTopics forRun(CorrelatorTopics inputs, String run) {
    return new CorrelatorTopics(
        inputs.alerts(),
        inputs.commands(),
        inputs.outcomes(),
        renamed(Topics.INCIDENTS, run + "-incidents"),
        renamed(Topics.INCIDENT_EVENTS, run + "-incident-events"),
        "responder." + run + "-alerts-dlq.v1");
  }

  /** The same topics but for a commands topic that nobody created. */
  static CorrelatorTopics withUncreatedCommands(CorrelatorTopics topics, String prefix) {
    return new CorrelatorTopics(
        topics.alerts(),
        renamed(Topics.COMMANDS, prefix + "-commands-never-created"),
        topics.outcomes(),
        topics.incidents(),
        topics.incidentEvents(),
        topics.deadLetters());
  }

  static void create(Map<String, Object> client, CorrelatorTopics topics)
      throws InterruptedException, ExecutionException {
    createAll(
        client,
        List.of(
            new NewTopic(topics.alerts().name(), topics.alerts().partitions(), (short) 1),
            new NewTopic(topics.commands().name(), 1, (short) 1),
            new NewTopic(topics.outcomes().name(), topics.outcomes().partitions(), (short) 1)));
    createOutputs(client, topics);
  }

  static void createOutputs(Map<String, Object> client, CorrelatorTopics topics)
      throws InterruptedException, ExecutionException {
    createAll(
        client,
        List.of(
            new NewTopic(topics.incidents().name(), 6, (short) 1),
            new NewTopic(topics.incidentEvents().name(), 6, (short) 1),
            new NewTopic(topics.deadLetters(), 1, (short) 1)));
  }

  private static void createAll(Map<String, Object> client, List<NewTopic> topics)
      throws InterruptedException, ExecutionException {
    try (Admin admin = Admin.create(client)) {
      admin.createTopics(topics).all().get();
      // The controller acknowledges a creation before the broker serves every partition's leader;
      // a producer that starts in between was seen (rarely) to leave a batch unsent for its whole
      // delivery timeout. Produce only once each partition has a leader.
      List<String> names = topics.stream().map(NewTopic::name).toList();
      await()
          .atMost(Duration.ofSeconds(30))
          // until the broker knows the topic, describing it fails with UnknownTopicOrPartition
          .ignoreExceptions()
          .until(() -> everyPartitionHasALeader(admin.describeTopics(names).allTopicNames().get()));
    }
  }

  private static boolean everyPartitionHasALeader(Map<String, TopicDescription> topics) {
    return topics.values().stream()
        .flatMap(topic -> topic.partitions().stream())
        .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
  }

  private static <K, V> Topic<K, V> renamed(Topic<K, V> topic, String name) {
    return new Topic<>(
        "responder." + name + ".v1",
        topic.partitions(),
        topic.configs(),
        topic.keys(),
        topic.values());
  }
}
