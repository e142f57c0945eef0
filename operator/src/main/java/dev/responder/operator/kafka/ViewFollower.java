package dev.responder.operator.kafka;

import dev.responder.operator.domain.OperatorView;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.topics.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the incidents, outcomes and commands topics from their beginning into the {@link
 * OperatorView} on a thread of its own, with no consumer group (every replica holds the whole
 * view). Ready once it has read up to the end offsets it found at start. A record it cannot decode
 * is logged with its position and skipped: the view misses one fact, the service keeps running.
 */
public final class ViewFollower implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(ViewFollower.class);
  private static final List<String> TOPICS =
      List.of(Topics.INCIDENTS.name(), Topics.OUTCOMES.name(), Topics.COMMANDS.name());

  private final Consumer<byte[], byte[]> consumer;
  private final OperatorView view;
  private final Clock clock;
  private final AtomicBoolean caughtUp = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread thread;
  private volatile Map<TopicPartition, Long> endAtStart = Map.of();

  public ViewFollower(Consumer<byte[], byte[]> consumer, OperatorView view, Clock clock) {
    this.consumer = consumer;
    this.view = view;
    this.clock = clock;
    this.thread = new Thread(this::run, "operator-view");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** Whether the view holds everything that was on the topics when the service started. */
  public boolean caughtUp() {
    return caughtUp.get();
  }

  private void run() {
    try {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : TOPICS) {
        for (PartitionInfo info : consumer.partitionsFor(topic)) {
          partitions.add(new TopicPartition(topic, info.partition()));
        }
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      endAtStart = new HashMap<>(consumer.endOffsets(partitions));
      while (running.get()) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          apply(record);
        }
        view.forgetEnded(clock.instant());
        checkCaughtUp();
      }
    } catch (WakeupException e) {
      // close() asked us to stop.
    } catch (RuntimeException e) {
      LOGGER.error("the operator view stopped following Kafka", e);
    }
  }

  private void checkCaughtUp() {
    if (caughtUp.get()) {
      return;
    }
    boolean done =
        endAtStart.entrySet().stream()
            .allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    if (done) {
      LOGGER.info("operator view caught up with {}", TOPICS);
      caughtUp.set(true);
    }
  }

  private void apply(ConsumerRecord<byte[], byte[]> record) {
    if (record.value() == null) {
      return;
    }
    try {
      String topic = record.topic();
      if (topic.equals(Topics.INCIDENTS.name())) {
        Incident incident =
            Topics.INCIDENTS.values().deserializer().deserialize(topic, record.value());
        view.onIncident(incident);
      } else if (topic.equals(Topics.OUTCOMES.name())) {
        RemediationOutcome outcome =
            Topics.OUTCOMES.values().deserializer().deserialize(topic, record.value());
        view.onOutcome(outcome);
      } else {
        Command command =
            Topics.COMMANDS.values().deserializer().deserialize(topic, record.value());
        view.onCommand(command);
      }
    } catch (RuntimeException e) {
      LOGGER.warn(
          "skipped an unreadable record at {}-{}@{}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.toString());
    }
  }

  @Override
  public void close() {
    running.set(false);
    consumer.wakeup();
    try {
      thread.join(Duration.ofSeconds(5).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    consumer.close(Duration.ofSeconds(2));
  }
}
