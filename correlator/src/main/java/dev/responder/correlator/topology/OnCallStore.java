package dev.responder.correlator.topology;

import dev.responder.correlator.domain.OnCallOverrides;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.OnCallOverride;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One task's on-call overrides, kept in the silences store under keys {@code oncall:<id>} as the
 * ONCALL_OVERRIDE command that carries each: like silences they are made by people, broadcast to
 * every task and few, and sharing the store adds no changelog topic (and no Kafka grant).
 */
final class OnCallStore implements OnCallOverrides {

  static final String PREFIX = "oncall:";

  private final KeyValueStore<String, Command> store;

  OnCallStore(ProcessingContext context) {
    this.store = context.getStateStore(StoreState.SILENCES);
  }

  @Override
  public void put(OnCallOverride override) {
    store.put(
        PREFIX + override.getOverrideId(),
        Command.newBuilder()
            .setCommandId(override.getOverrideId())
            .setType(CommandType.ONCALL_OVERRIDE)
            .setIssuedAt(Instant.EPOCH)
            .setAuthor("")
            .setOnCallOverride(override)
            .build());
  }

  @Override
  public List<OnCallOverride> all() {
    List<OnCallOverride> all = new ArrayList<>();
    try (KeyValueIterator<String, Command> kept =
        store.prefixScan(PREFIX, new org.apache.kafka.common.serialization.StringSerializer())) {
      kept.forEachRemaining(entry -> all.add(entry.value.getOnCallOverride()));
    }
    return all;
  }

  @Override
  public void forgetEndedBy(Instant now) {
    for (OnCallOverride override : all()) {
      if (!override.getUntil().isAfter(now)) {
        store.delete(PREFIX + override.getOverrideId());
      }
    }
  }
}
