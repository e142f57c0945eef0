package dev.responder.correlator.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known of one heartbeat: when its last beat was received, where that beat was read (the
 * serial its lost incident's id is made from), and since when it is lost, if it is.
 */
public record HeartbeatState(Instant lastSeen, long origin, Optional<Instant> lostSince) {

  public HeartbeatState {
    Objects.requireNonNull(lastSeen, "lastSeen");
    Objects.requireNonNull(lostSince, "lostSince");
  }

  public boolean lost() {
    return lostSince.isPresent();
  }
}
