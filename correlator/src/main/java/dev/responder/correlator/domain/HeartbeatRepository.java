package dev.responder.correlator.domain;

import java.util.Optional;

/** The port to the heartbeats' last-seen state, which must survive restarts (a changelog). */
public interface HeartbeatRepository {

  Optional<HeartbeatState> find(String name);

  void save(String name, HeartbeatState state);
}
