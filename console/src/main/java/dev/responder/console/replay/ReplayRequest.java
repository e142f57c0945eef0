package dev.responder.console.replay;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What to replay: the candidate catalog, optionally a baseline catalog to compare with instead of
 * what really happened, and the window (from the first record to the last recorded moment when not
 * given).
 */
public record ReplayRequest(
    Path candidate, Optional<Path> baseline, Optional<Instant> from, Optional<Instant> to) {

  public ReplayRequest {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
