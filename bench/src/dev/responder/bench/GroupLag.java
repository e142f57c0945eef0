package dev.responder.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Waits until consumer groups have consumed every committed record of their topics, for {@code
 * bench/service-memory.sh}: a service is measured "after the load" only once it has processed it.
 *
 * <p>Offsets alone overstate the lag of a consumer that commits "last record + 1", as the
 * remediator does, on a topic written in transactions: the commit marker after the last record
 * keeps the end one offset ahead forever. So where the offsets differ, a read_committed consumer of
 * its own reads from the group's committed offset to the end and counts the records it gets.
 *
 * <p>Usage: {@code GroupLag BOOTSTRAP TIMEOUT_SECONDS GROUP...}; prints each group's lag when it
 * changes, exits 0 once every group has lag 0 on two checks in a row, 1 on timeout.
 */
public final class GroupLag {

  private static final Duration CHECK_EVERY = Duration.ofSeconds(2);

  /** Beyond this many offsets behind, a group is not drained; no need to count records. */
  private static final long COUNT_UP_TO = 10_000;

  private GroupLag() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: GroupLag BOOTSTRAP TIMEOUT_SECONDS GROUP...");
      System.exit(2);
    }
    String bootstrap = args[0];
    Instant deadline = Instant.now().plusSeconds(Long.parseLong(args[1]));
    List<String> groups = List.of(args).subList(2, args.length);
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        KafkaConsumer<byte[], byte[]> reader = reader(bootstrap)) {
      int zeroChecks = 0;
      Map<String, Long> last = Map.of();
      while (zeroChecks < 2) {
        if (Instant.now().isAfter(deadline)) {
          System.out.println("lag still " + last + " after " + args[1] + " s");
          System.exit(1);
        }
        Map<String, Long> lags = new LinkedHashMap<>();
        for (String group : groups) {
          lags.put(group, lag(admin, reader, group));
        }
        if (!lags.equals(last)) {
          System.out.println("lag " + lags);
        }
        last = lags;
        zeroChecks = lags.values().stream().allMatch(lag -> lag == 0) ? zeroChecks + 1 : 0;
        Thread.sleep(CHECK_EVERY.toMillis());
      }
    }
  }

  /** The group's lag in records, or -1 while it has committed no offset at all. */
  private static long lag(Admin admin, KafkaConsumer<byte[], byte[]> reader, String group)
      throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed =
        new HashMap<>(
            admin
                .listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS));
    committed.values().removeIf(offset -> offset == null);
    if (committed.isEmpty()) {
      return -1;
    }
    Map<TopicPartition, OffsetSpec> latest =
        committed.keySet().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
    Map<TopicPartition, ListOffsetsResultInfo> ends =
        admin
            .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
            .all()
            .get(10, TimeUnit.SECONDS);
    long lag = 0;
    for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
      long from = entry.getValue().offset();
      long end = ends.get(entry.getKey()).offset();
      lag += end - from > COUNT_UP_TO ? end - from : records(reader, entry.getKey(), from, end);
    }
    return lag;
  }

  /** How many records a read_committed consumer gets from {@code from} up to {@code end}. */
  private static long records(
      KafkaConsumer<byte[], byte[]> reader, TopicPartition partition, long from, long end) {
    if (from >= end) {
      return 0;
    }
    reader.assign(List.of(partition));
    reader.seek(partition, from);
    long count = 0;
    Instant giveUp = Instant.now().plusSeconds(5);
    while (reader.position(partition) < end && Instant.now().isBefore(giveUp)) {
      count += reader.poll(Duration.ofMillis(200)).count();
    }
    return reader.position(partition) < end ? Math.max(count, end - from) : count;
  }

  private static KafkaConsumer<byte[], byte[]> reader(String bootstrap) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }
}
