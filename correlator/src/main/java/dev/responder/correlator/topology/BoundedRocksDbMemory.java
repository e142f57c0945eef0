package dev.responder.correlator.topology;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.CompressionType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds what RocksDB holds in memory for all the correlator's stores together. By default every
 * store of every task has its own block cache and memtables, so RocksDB's memory, which lives
 * outside the JVM heap and which no JVM flag limits, grows with the number of tasks and stores; in
 * a pod that ends in the kernel's OOM kill. Here one block cache per process holds the blocks, the
 * index and filter blocks and, through a write buffer manager, the memtables, within {@link
 * #TOTAL_BYTES}. The limit is soft (RocksDB's {@code strict_capacity_limit} is off): a read that
 * needs a block while the cache is full of pinned entries still succeeds, briefly above the budget,
 * instead of failing the store.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

  /**
   * The whole budget: blocks, index and filter blocks, and memtables. The pod's memory limit (1
   * GiB) less the heap (half of it) and the JVM's own non-heap use (about 190 MiB measured) leaves
   * about 320 MiB; this takes well under half of that.
   */
  public static final long TOTAL_BYTES = 128L * 1024 * 1024;

  /** The part of the budget memtables may take before RocksDB flushes them. */
  static final long MEMTABLE_BYTES = TOTAL_BYTES / 4;

  /**
   * The fraction of the cache kept for index and filter blocks, so data blocks cannot evict them.
   */
  private static final double HIGH_PRIORITY_RATIO = 0.1;

  /**
   * Shared by every store of the process and never closed: stores come and go with rebalances,
   * while the budget is the process's.
   */
  private static final Cache CACHE = new LRUCache(TOTAL_BYTES, -1, false, HIGH_PRIORITY_RATIO);

  private static final WriteBufferManager WRITE_BUFFERS =
      new WriteBufferManager(MEMTABLE_BYTES, CACHE);

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    // Streams' own table config, changed in place, keeps its other defaults (bloom filters...).
    BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
    table.setBlockCache(CACHE);
    table.setCacheIndexAndFilterBlocks(true);
    table.setCacheIndexAndFilterBlocksWithHighPriority(true);
    options.setWriteBufferManager(WRITE_BUFFERS);
    options.setTableFormatConfig(table);
    // Streams writes SST files uncompressed; member alerts repeat the same label names and values
    // thousands of times per incident, which LZ4 shrinks for little CPU (bench: bytes per member).
    options.setCompressionType(CompressionType.LZ4_COMPRESSION);
  }

  @Override
  public void close(String storeName, Options options) {
    // The cache and the write buffer manager are the process's, shared by the next stores too.
  }
}
