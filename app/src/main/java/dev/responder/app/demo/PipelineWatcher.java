package dev.responder.app.demo;

import dev.responder.schemas.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code responder.incident-events.v1} and {@code responder.outcomes.v1} from their ends as
 * they stood when it started (committed records only), decodes them with the shared serdes and
 * hands them to {@link Observations}. No consumer group: the demo only watches.
 */
final class PipelineWatcher implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(PipelineWatcher.class);

  private final KafkaConsumer<String, byte[]> consumer;
  private final Observations observations;
  private final Thread thread;
  private volatile boolean running = true;

  private PipelineWatcher(KafkaConsumer<String, byte[]> consumer, Observations observations) {
    this.consumer = consumer;
    this.observations = observations;
    this.thread = new Thread(this::run, "demo-pipeline-watcher");
    thread.setDaemon(true);
  }

  /** Starts watching from the topics' current ends; returns once those ends are fixed. */
  static PipelineWatcher start(String bootstrap, Observations observations) {
    KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.CLIENT_ID_CONFIG,
                "responder-demo"),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    try {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : List.of(Topics.INCIDENT_EVENTS.name(), Topics.OUTCOMES.name())) {
        for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
          partitions.add(new TopicPartition(topic, info.partition()));
        }
      }
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position); // resolve the ends now, before any alert is sent
    } catch (RuntimeException e) {
      consumer.close();
      throw e;
    }
    PipelineWatcher watcher = new PipelineWatcher(consumer, observations);
    watcher.thread.start();
    return watcher;
  }

  private void run() {
    try {
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
          decode(record);
        }
      }
    } catch (WakeupException e) {
      LOGGER.debug("demo watcher stopping");
    } finally {
      consumer.close(Duration.ofSeconds(2));
    }
  }

  private void decode(ConsumerRecord<String, byte[]> record) {
    long seen = System.nanoTime();
    try {
      if (record.topic().equals(Topics.INCIDENT_EVENTS.name())) {
        observations.add(
            new Observed.Lifecycle(
                Topics.INCIDENT_EVENTS
                    .values()
                    .deserializer()
                    .deserialize(record.topic(), record.value()),
                seen));
      } else {
        observations.add(
            new Observed.Outcome(
                Topics.OUTCOMES.values().deserializer().deserialize(record.topic(), record.value()),
                seen));
      }
    } catch (RuntimeException e) {
      LOGGER.warn(
          "demo: skipping an unreadable record {}-{}@{}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    thread.join(5_000);
  }
}
