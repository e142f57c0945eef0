package dev.responder.correlator.topology;

import dev.responder.correlator.domain.AlertIdentity;
import dev.responder.correlator.domain.SenderTime;
import dev.responder.schemas.avro.Alert;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The alert identities (fingerprint, startsAt, status) seen within the dedup horizon, in a window
 * store of the scope task, so the lifecycle that decides on an alert can also take it back: a
 * silenced or inhibited alert is forgotten, and its next copy is a new arrival. Entries expire with
 * the store's retention (twice the horizon) in stream time. It also keeps, per fingerprint, the
 * ends that resolves reported, so a firing copy that a resolve already ended is recognised.
 */
final class SeenAlerts {

  static final String STORE = "correlator-seen-alerts";

  private final WindowStore<String, Long> seen;
  private final long span;

  SeenAlerts(ProcessingContext context, Duration horizon) {
    this.seen = context.getStateStore(STORE);
    this.span = horizon.toMillis();
  }

  boolean isDuplicate(Alert alert, long eventTime) {
    return !windowsOf(AlertIdentity.of(alert).asKey(), eventTime).isEmpty();
  }

  void remember(Alert alert, long eventTime) {
    seen.put(AlertIdentity.of(alert).asKey(), eventTime, eventTime);
  }

  /**
   * Whether a resolve already received ended this firing alert: it reported an end at or after this
   * firing's startsAt (an HA replica's late copy, or a firing overtaken by its resolve).
   */
  boolean alreadyEnded(Alert firing, long eventTime) {
    long from = Math.max(firing.getStartsAt().toEpochMilli(), eventTime - span);
    long to = eventTime + span;
    if (from > to) {
      return false; // a startsAt far ahead: no end can be after it yet
    }
    try (WindowStoreIterator<Long> ends = seen.fetch(endKey(firing), from, to)) {
      return ends.hasNext();
    }
  }

  /** Remembers when this resolve says its alert ended (clamped to its receipt when far off). */
  void rememberEnd(Alert resolve) {
    Instant claimed = resolve.getEndsAt() == null ? resolve.getReceivedAt() : resolve.getEndsAt();
    long end = SenderTime.clamp("endsAt", claimed, resolve.getReceivedAt()).at().toEpochMilli();
    seen.put(endKey(resolve), end, end);
  }

  private static String endKey(Alert alert) {
    return alert.getFingerprint() + "|ended";
  }

  /** Takes the alert's identity back, so its next copy is handled as a new arrival. */
  void forget(Alert alert, long eventTime) {
    String identity = AlertIdentity.of(alert).asKey();
    for (long windowStart : windowsOf(identity, eventTime)) {
      seen.put(identity, null, windowStart);
    }
  }

  private List<Long> windowsOf(String key, long eventTime) {
    List<Long> starts = new ArrayList<>();
    try (WindowStoreIterator<Long> copies = seen.fetch(key, eventTime - span, eventTime + span)) {
      copies.forEachRemaining(copy -> starts.add(copy.key));
    }
    return starts;
  }
}
