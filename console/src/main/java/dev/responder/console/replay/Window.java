package dev.responder.console.replay;

import java.time.Instant;
import java.util.Objects;

/**
 * The stretch of history compared: incidents with an event in {@code [from, end]}. Replay still
 * runs the history before {@code from}, so the correlator's state at {@code from} (open incidents,
 * silences, dedup memory) is what it was live.
 */
public record Window(Instant from, Instant end) {

  public Window {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(from)) {
      throw new IllegalArgumentException("--to " + end + " is before --from " + from);
    }
  }

  boolean contains(Instant time) {
    return !time.isBefore(from) && !time.isAfter(end);
  }
}
