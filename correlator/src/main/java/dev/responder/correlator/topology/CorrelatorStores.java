package dev.responder.correlator.topology;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.serde.AvroSerde;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The correlator's state stores, all persistent (RocksDB) and changelogged, so a restarted or
 * migrated task resumes from exactly the state its last committed transaction left.
 */
final class CorrelatorStores {

  private CorrelatorStores() {}

  static void addTo(StreamsBuilder builder, CorrelatorTopics topics, CorrelatorConfig config) {
    // Retention twice the horizon: a segment is dropped only once all of it is past the horizon.
    builder.addStateStore(
        Stores.windowStoreBuilder(
            Stores.persistentWindowStore(
                SeenAlerts.STORE,
                config.dedupHorizon().multipliedBy(2),
                config.dedupHorizon(),
                false),
            Serdes.String(),
            Serdes.Long()));
    builder.addStateStore(keyValue(StoreState.INCIDENTS, topics.incidents().values()));
    builder.addStateStore(keyValue(StoreState.MEMBERS, AvroSerde.of(IncidentAlert.class)));
    builder.addStateStore(keyValue(StoreState.BY_GROUP, Serdes.String()));
    builder.addStateStore(keyValue(StoreState.INHIBIT_SOURCES, Serdes.Long()));
    builder.addStateStore(keyValue(StoreState.INHIBIT_TARGETS, Serdes.String()));
    builder.addStateStore(keyValue(StoreState.SILENCES, topics.commands().values()));
    builder.addStateStore(keyValue(StoreState.CHECKS, topics.outcomes().values()));
    builder.addStateStore(keyValue(HeartbeatStore.STORE, Serdes.String()));
  }

  private static <V> StoreBuilder<KeyValueStore<String, V>> keyValue(String name, Serde<V> values) {
    return Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(name), Serdes.String(), values);
  }
}
