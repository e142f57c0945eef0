package dev.responder.correlator.testing;

import dev.responder.correlator.domain.Heartbeats;
import java.time.Duration;
import java.util.List;

/** Heartbeats for specifications: Alertmanager's Watchdog, with the window a test needs. */
public final class TestHeartbeats {

  private TestHeartbeats() {}

  /** The heartbeat "alertmanager": alerts named Watchdog, lost after {@code missingAfter}. */
  public static Heartbeats watchdog(Duration missingAfter) {
    return new Heartbeats(
        "test",
        List.of(
            new Heartbeats.Spec(
                "alertmanager",
                labels -> "Watchdog".equals(labels.get("alertname")),
                missingAfter)));
  }
}
