package dev.responder.remediator.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * Reads the outbox topics back from the relay's low-water marks to their ends, read_committed, and
 * collects the message ids found in the {@value OutboxRelay#MESSAGE_ID_HEADER} header: the messages
 * an earlier relay published but did not live to mark. The end is the high watermark taken first,
 * so a record committed after another producer's still-open transaction is waited for, not missed.
 */
final class ReadBack {

  /** The message ids found, and the end offset reached on each partition. */
  record Found(Set<String> messageIds, Map<TopicPartition, Long> reached) {}

  private ReadBack() {}

  static Found read(
      RelayClients clients,
      Collection<String> topics,
      Map<TopicPartition, Long> lowWaterMarks,
      Duration timeout)
      throws InterruptedException {
    try (Consumer<String, byte[]> consumer = clients.readCommittedConsumer();
        Admin admin = clients.admin()) {
      List<TopicPartition> partitions = new ArrayList<>();
      topics.forEach(
          topic ->
              consumer
                  .partitionsFor(topic, timeout)
                  .forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
      Map<TopicPartition, Long> ends = highWatermarks(admin, partitions, timeout);
      Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, timeout);
      consumer.assign(partitions);
      for (TopicPartition partition : partitions) {
        consumer.seek(
            partition,
            start(lowWaterMarks.get(partition), beginnings.get(partition), ends.get(partition)));
      }
      return new Found(collect(consumer, ends, timeout), ends);
    }
  }

  /**
   * Where to start on a partition: its low-water mark, or its beginning when it has none or the
   * mark lies outside the log (records deleted, or the topic created again).
   */
  static long start(Long lowWaterMark, long beginning, long end) {
    if (lowWaterMark == null || lowWaterMark < beginning || lowWaterMark > end) {
      return beginning;
    }
    return lowWaterMark;
  }

  private static Set<String> collect(
      Consumer<String, byte[]> consumer, Map<TopicPartition, Long> ends, Duration timeout) {
    Set<String> found = new HashSet<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!reachedEnds(consumer, ends)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "reading back the outbox topics did not reach " + ends + " within " + timeout);
      }
      for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        Header header = record.headers().lastHeader(OutboxRelay.MESSAGE_ID_HEADER);
        if (header != null) {
          found.add(new String(header.value(), StandardCharsets.UTF_8));
        }
      }
    }
    return found;
  }

  private static boolean reachedEnds(
      Consumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
    return ends.entrySet().stream()
        .allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
  }

  private static Map<TopicPartition, Long> highWatermarks(
      Admin admin, List<TopicPartition> partitions, Duration timeout) throws InterruptedException {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
    try {
      Map<TopicPartition, Long> ends = new HashMap<>();
      admin
          .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED))
          .all()
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .forEach((partition, info) -> ends.put(partition, info.offset()));
      return ends;
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the outbox topics' end offsets: " + e, e);
    }
  }
}
