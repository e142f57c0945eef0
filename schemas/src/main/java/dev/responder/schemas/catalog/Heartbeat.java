package dev.responder.schemas.catalog;

import dev.responder.schemas.catalog.matcher.MatcherSet;
import java.time.Duration;
import java.util.Objects;

/**
 * An alert that is expected to keep arriving, such as Alertmanager's always-firing {@code
 * Watchdog}: it never opens an incident itself, and its absence for {@code missingAfter} does,
 * because then nothing else from its source can reach Responder either.
 */
public record Heartbeat(String name, MatcherSet matchers, Duration missingAfter) {

  public Heartbeat {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(matchers, "matchers");
    Objects.requireNonNull(missingAfter, "missingAfter");
  }
}
