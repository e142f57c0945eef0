package dev.responder.correlator.it;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.domain.Heartbeats;
import dev.responder.correlator.domain.SeverityRules;
import dev.responder.correlator.testing.AlertnameClassifier;
import dev.responder.correlator.testing.TestInhibitRules;
import dev.responder.correlator.testing.WeekdayPolicy;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.correlator.topology.CorrelatorTopology;
import dev.responder.correlator.topology.Dispositions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/** One Kafka Streams instance of the correlator's real topology and configuration. */
final class CorrelatorRun implements AutoCloseable {

  final Dispositions dispositions = new Dispositions(new SimpleMeterRegistry());
  private final KafkaStreams streams;

  CorrelatorRun(String bootstrap, String applicationId, Path stateDir, CorrelatorTopics topics) {
    this(bootstrap, applicationId, stateDir, topics, Heartbeats.NONE);
  }

  /** An instance that watches {@code heartbeats} too. */
  CorrelatorRun(
      String bootstrap,
      String applicationId,
      Path stateDir,
      CorrelatorTopics topics,
      Heartbeats heartbeats) {
    CorrelatorConfig config =
        CorrelatorConfig.fromMap(
            Map.of(
                CorrelatorConfig.BOOTSTRAP,
                bootstrap,
                CorrelatorConfig.APPLICATION_ID,
                applicationId,
                CorrelatorConfig.STATE_DIR,
                stateDir.toString(),
                CorrelatorConfig.PUNCTUATION_INTERVAL,
                "PT1S"));
    Properties props = CorrelatorTopology.streamsProperties(config, topics, dispositions);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // Streams does not leave the group on close (a restarted instance takes its tasks back); a
    // killed instance is noticed after the session timeout, which the broker allows down to 6 s.
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1000);
    streams =
        new KafkaStreams(
            CorrelatorTopology.buildTopology(
                topics,
                new AlertnameClassifier(),
                new WeekdayPolicy(),
                SeverityRules.NONE,
                TestInhibitRules.P1_MUTES_ITS_SCOPE,
                heartbeats,
                config,
                dispositions),
            props);
    streams.start();
  }

  boolean isRunning() {
    return streams.state() == KafkaStreams.State.RUNNING;
  }

  /** How many tasks this instance runs now. */
  int activeTasks() {
    return streams.metadataForLocalThreads().stream()
        .mapToInt(thread -> thread.activeTasks().size())
        .sum();
  }

  /** Closes without cleaning up local state, as a killed or redeployed instance leaves it. */
  @Override
  public void close() {
    streams.close();
  }
}
