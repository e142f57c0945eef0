package dev.responder.correlator.topology;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The correlator's state as its changelog topics hold it, compacted (the latest value per key), and
 * its input positions, so a simulated crash can restore a new task from them as Streams does:
 * TopologyTestDriver deletes its state directory on close and restores nothing, so the simulation
 * restores for it. Values are written into each store below its serdes, as a restoring task writes
 * them.
 */
final class ChangelogSnapshot {

  private static final String SUFFIX = "-changelog";

  /**
   * A window store's changelog key is the record key, then the window start and a sequence number.
   */
  private static final int WINDOW_KEY_SUFFIX = Long.BYTES + Integer.BYTES;

  private final Map<String, Map<ByteBuffer, byte[]>> latestByTopic = new HashMap<>();
  private final Map<TopicPartition, Long> positions = new HashMap<>();

  /** Reads whatever the driver wrote to its changelogs since the last call. */
  void capture(TopologyTestDriver driver) {
    for (String topic : driver.producedTopicNames()) {
      if (!topic.endsWith(SUFFIX)) {
        continue;
      }
      Map<ByteBuffer, byte[]> latest =
          latestByTopic.computeIfAbsent(topic, t -> new LinkedHashMap<>());
      var records =
          driver
              .createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer())
              .readRecordsToList();
      for (TestRecord<byte[], byte[]> record : records) {
        ByteBuffer key = ByteBuffer.wrap(record.key());
        if (record.value() == null) {
          latest.remove(key);
        } else {
          latest.put(key, record.value());
        }
      }
    }
  }

  /**
   * Keeps where each input topic's log ends. Kafka never gives an offset twice and incident ids are
   * made from offsets, but a new TopologyTestDriver numbers every topic from 0 again, so the
   * restored task must go on from these positions.
   */
  void capturePositions(TopologyTestDriver driver) {
    offsets(driver).forEach((partition, next) -> positions.put(partition, next.get()));
  }

  /** Writes the captured state and log positions into a freshly started driver. */
  void restoreInto(TopologyTestDriver driver) {
    driver.getAllStateStores().forEach((storeName, store) -> restore(store, storeName));
    Map<TopicPartition, AtomicLong> offsets = offsets(driver);
    positions.forEach(
        (partition, next) -> offsets.computeIfAbsent(partition, p -> new AtomicLong()).set(next));
  }

  /** The driver's next offset per input partition; it offers no way to set them but this. */
  @SuppressWarnings("unchecked")
  private static Map<TopicPartition, AtomicLong> offsets(TopologyTestDriver driver) {
    try {
      Field field = TopologyTestDriver.class.getDeclaredField("offsetsByTopicOrPatternPartition");
      field.setAccessible(true);
      return (Map<TopicPartition, AtomicLong>) field.get(driver);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("TopologyTestDriver keeps its offsets elsewhere now", e);
    }
  }

  private void restore(StateStore store, String storeName) {
    String topicSuffix = "-" + storeName + SUFFIX;
    StateStore inner = ((WrappedStateStore<?, ?, ?>) store).wrapped();
    latestByTopic.forEach(
        (topic, latest) -> {
          if (topic.endsWith(topicSuffix)) {
            latest.forEach((key, value) -> put(inner, key.array(), value));
          }
        });
  }

  @SuppressWarnings("unchecked")
  private static void put(StateStore inner, byte[] key, byte[] value) {
    if (inner instanceof WindowStore<?, ?> window) {
      int length = key.length - WINDOW_KEY_SUFFIX;
      long windowStart = ByteBuffer.wrap(key, length, Long.BYTES).getLong();
      byte[] recordKey = new byte[length];
      System.arraycopy(key, 0, recordKey, 0, length);
      ((WindowStore<Bytes, byte[]>) window).put(Bytes.wrap(recordKey), value, windowStart);
    } else {
      ((KeyValueStore<Bytes, byte[]>) inner).put(Bytes.wrap(key), value);
    }
  }
}
