package dev.responder.app.local;

import java.time.Duration;
import java.util.Optional;

/**
 * The waits local mode shortens in its derived catalog so the demo plays in minutes, not hours:
 * each is a ceiling, so a shorter value in the catalog stays. {@link #AS_WRITTEN} keeps the
 * catalog's own values (for a real Alertmanager that should see the runbook as it ships).
 *
 * @param verifyAfter ceiling of every runbook's {@code verify.after} (the catalog has 2 to 20 min)
 * @param idleFor ceiling of {@code postgres.terminateIdleConnections.idleFor}: the catalog's 10m
 *     would make the simulated leak wait ten minutes; 1m is the least the catalog allows
 * @param retryDelay ceiling of {@code postgres.retrySocialPosts.delay}, so retried posts are
 *     published during the demo
 */
public record LocalTimings(
    Optional<Duration> verifyAfter, Optional<Duration> idleFor, Optional<Duration> retryDelay) {

  /** What {@code responder local} and the demo use unless told {@code --as-written}. */
  public static final LocalTimings DEMO =
      new LocalTimings(
          Optional.of(Duration.ofSeconds(5)),
          Optional.of(Duration.ofMinutes(1)),
          Optional.of(Duration.ofSeconds(5)));

  /** The catalog's own values, unchanged. */
  public static final LocalTimings AS_WRITTEN =
      new LocalTimings(Optional.empty(), Optional.empty(), Optional.empty());
}
