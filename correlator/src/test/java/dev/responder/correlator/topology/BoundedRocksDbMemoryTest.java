package dev.responder.correlator.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.CorrelatorConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.internals.BlockBasedTableConfigWithAccessibleCache;
import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

/** Every store's options point at the one budget of the process, on the real RocksDB library. */
class BoundedRocksDbMemoryTest {

  static {
    RocksDB.loadLibrary();
  }

  @Test
  void shouldPutEveryStoreOnTheSameCacheAndWriteBufferBudget() {
    BoundedRocksDbMemory setter = new BoundedRocksDbMemory();
    try (Options incidents = storeOptions();
        Options dedup = storeOptions()) {

      setter.setConfig("incidents", incidents, Map.of());
      setter.setConfig("dedup", dedup, Map.of());

      assertThat(blockCache(incidents)).isNotNull().isSameAs(blockCache(dedup));
      assertThat(incidents.writeBufferManager()).isNotNull().isSameAs(dedup.writeBufferManager());
      BlockBasedTableConfig table = (BlockBasedTableConfig) incidents.tableFormatConfig();
      assertThat(table.cacheIndexAndFilterBlocks()).isTrue();
      assertThat(table.cacheIndexAndFilterBlocksWithHighPriority()).isTrue();
      setter.close("incidents", incidents);
      setter.close("dedup", dedup);
    }
  }

  @Test
  void shouldBeTheSetterOfTheCorrelatorsStreamsConfiguration() {
    CorrelatorConfig config =
        CorrelatorConfig.fromMap(Map.of(CorrelatorConfig.BOOTSTRAP, "k:9092"));

    Properties streams =
        CorrelatorTopology.streamsProperties(
            config, CorrelatorTopics.standard(), new Dispositions(new SimpleMeterRegistry()));

    assertThat(streams.get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG))
        .isEqualTo(BoundedRocksDbMemory.class);
  }

  /**
   * What Streams hands a setter: options with its own table config, a subclass (internal to
   * Streams, used here in a test only) that lets the cache set on it be read back.
   */
  private static Options storeOptions() {
    Options options = new Options();
    options.setTableFormatConfig(new BlockBasedTableConfigWithAccessibleCache());
    return options;
  }

  private static Cache blockCache(Options options) {
    return ((BlockBasedTableConfigWithAccessibleCache) options.tableFormatConfig()).blockCache();
  }
}
