package dev.responder.remediator.paging;

import dev.responder.remediator.notify.Digest;
import dev.responder.remediator.notify.StormWindows;
import dev.responder.remediator.notify.Window;
import dev.responder.remediator.notify.WindowDecision;
import dev.responder.remediator.notify.WindowKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The storm rule ({@link StormWindows}) for channel updates: the first post of a window (one
 * moment, one contact, one runbook, one scope) goes out at once; the ones that follow are folded
 * into one digest when the window ends. Pages are never folded: each incident holds its own page.
 * Windows live in memory, so a restart may send one more post than a storm needed, never fewer.
 */
public final class StormFold {

  private record Open(Window window, Delivery first, IncidentView incident, List<String> named) {}

  private final Duration length;
  private final Map<WindowKey, Open> windows = new HashMap<>();
  private long nextId;

  public StormFold(Duration length) {
    this.length = length;
  }

  /** Whether to send {@code delivery} now; false when it is folded into its window's digest. */
  public boolean admit(Delivery delivery, IncidentView incident, Instant now) {
    if (delivery.notice().move() != Move.POST) {
      return true;
    }
    WindowKey key = key(delivery, incident);
    Optional<Open> open = Optional.ofNullable(windows.get(key));
    WindowDecision decision = StormWindows.decide(open.map(Open::window), length, now);
    if (decision instanceof WindowDecision.SendAndOpen opened) {
      Window window = new Window(nextId++, opened.openedAt(), opened.endsAt(), 0, false);
      windows.put(key, new Open(window, delivery, incident, new ArrayList<>()));
      return true;
    }
    if (decision instanceof WindowDecision.Fold fold) {
      Open folding = open.orElseThrow();
      if (fold.named()) {
        folding.named().add(incident.incidentId());
      }
      windows.put(
          key,
          new Open(
              folding.window().withFollower(),
              folding.first(),
              folding.incident(),
              folding.named()));
      return false;
    }
    return true;
  }

  /** The digests of windows that have ended; ended windows are forgotten. */
  public List<Delivery> due(Instant now) {
    List<Delivery> digests = new ArrayList<>();
    Iterator<Map.Entry<WindowKey, Open>> entries = windows.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<WindowKey, Open> entry = entries.next();
      Open open = entry.getValue();
      if (now.isBefore(open.window().endsAt())) {
        continue;
      }
      entries.remove();
      if (StormWindows.digestDue(open.window(), now)) {
        digests.add(digest(entry.getKey(), open));
      }
    }
    return digests;
  }

  private static Delivery digest(WindowKey key, Open open) {
    Window window = open.window();
    String text =
        new Digest(key.runbookId(), key.scope(), window.openedAt(), window.folded(), open.named())
            .text();
    Notice first = open.first().notice();
    Notice notice =
        new Notice(
            first.incidentId(),
            Move.POST,
            first.update(),
            first.severity(),
            first.update().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + text,
            List.of(),
            "digest/" + key.value() + "/" + window.openedAt().toEpochMilli());
    return new Delivery(open.first().contact(), notice, 0);
  }

  private static WindowKey key(Delivery delivery, IncidentView incident) {
    return new WindowKey(
        delivery.notice().update().name(),
        delivery.contact().text(),
        incident.runbookId(),
        incident.scope());
  }
}
