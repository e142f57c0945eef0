package dev.responder.runtime.oncall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of a calendar's shifts between {@code from} and {@code to}. Where shifts of
 * one level overlap, the one that starts latest wins (a hand-over), the rule on-call overrides
 * follow; outside the window, and in a gap, it names nobody, so the rotation answers. Its {@code
 * personAt} has the shape of the catalog's {@code OnCallSource} port (runtime does not see
 * schemas).
 */
public final class OnCallCalendar {

  private static final Comparator<Shift> BY_START =
      Comparator.comparing(Shift::start).thenComparingInt(Shift::order);

  private final Map<Integer, List<Shift>> byLevel;
  private final Instant from;
  private final Instant to;

  OnCallCalendar(List<Shift> shifts, Instant from, Instant to) {
    Map<Integer, List<Shift>> levels = new HashMap<>();
    for (Shift shift : shifts) {
      levels.computeIfAbsent(shift.level(), l -> new ArrayList<>()).add(shift);
    }
    levels.replaceAll((level, list) -> list.stream().sorted(BY_START).toList());
    this.byLevel = Map.copyOf(levels);
    this.from = from;
    this.to = to;
  }

  /** The person on call at {@code level} (0: the commander) at {@code at}, if any. */
  public Optional<String> personAt(int level, Instant at) {
    if (at.isBefore(from) || !at.isBefore(to)) {
      return Optional.empty();
    }
    List<Shift> shifts = byLevel.getOrDefault(level, List.of());
    // Walk back from the latest shift to have started: the first still running is the one that
    // started latest, so a hand-over event wins over the longer shift it interrupts.
    for (int i = shifts.size() - 1; i >= 0; i--) {
      Shift shift = shifts.get(i);
      if (!shift.start().isAfter(at) && shift.end().isAfter(at)) {
        return Optional.of(shift.person());
      }
    }
    return Optional.empty();
  }

  /** How many shifts the snapshot holds, over every level. */
  public int size() {
    return byLevel.values().stream().mapToInt(List::size).sum();
  }
}
