package dev.responder.correlator.topology;

import dev.responder.correlator.domain.HeartbeatRepository;
import dev.responder.correlator.domain.HeartbeatState;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One task's heartbeats in a changelogged store (name -> {@code lastSeen;origin;lostSince}, epoch
 * milliseconds, lostSince empty while the heartbeat is alive), so a restarted correlator still
 * knows when each heartbeat was last seen. A few entries per catalog: text is small enough.
 */
final class HeartbeatStore implements HeartbeatRepository {

  static final String STORE = "correlator-heartbeats";

  private final KeyValueStore<String, String> store;

  HeartbeatStore(ProcessingContext context) {
    this.store = context.getStateStore(STORE);
  }

  @Override
  public Optional<HeartbeatState> find(String name) {
    return Optional.ofNullable(store.get(name)).map(HeartbeatStore::decode);
  }

  @Override
  public void save(String name, HeartbeatState state) {
    store.put(name, encode(state));
  }

  static String encode(HeartbeatState state) {
    return state.lastSeen().toEpochMilli()
        + ";"
        + state.origin()
        + ";"
        + state.lostSince().map(since -> Long.toString(since.toEpochMilli())).orElse("");
  }

  static HeartbeatState decode(String stored) {
    String[] parts = stored.split(";", -1);
    if (parts.length != 3) {
      throw new IllegalStateException(
          "heartbeat state '" + stored + "' in " + STORE + " is not lastSeen;origin;lostSince");
    }
    return new HeartbeatState(
        Instant.ofEpochMilli(Long.parseLong(parts[0])),
        Long.parseLong(parts[1]),
        parts[2].isEmpty()
            ? Optional.empty()
            : Optional.of(Instant.ofEpochMilli(Long.parseLong(parts[2]))));
  }
}
