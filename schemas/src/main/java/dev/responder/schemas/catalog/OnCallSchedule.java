package dev.responder.schemas.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The incident-commander rotation: {@code rotation[0]} takes over at {@code firstHandOver} (wall
 * clock in {@code zone}), and every {@code handOverEvery} the next person takes over, round the
 * list. Hand-overs keep their wall-clock time across daylight-saving changes. An optional {@code
 * calendar} names an iCalendar file (relative to the catalog) asked before the rotation.
 */
public record OnCallSchedule(
    ZoneId zone,
    LocalDateTime firstHandOver,
    Duration handOverEvery,
    List<String> rotation,
    Optional<String> calendar)
    implements OnCallSource {

  /** A rotation without a calendar. */
  public OnCallSchedule(
      ZoneId zone, LocalDateTime firstHandOver, Duration handOverEvery, List<String> rotation) {
    this(zone, firstHandOver, handOverEvery, rotation, Optional.empty());
  }

  public OnCallSchedule {
    rotation = List.copyOf(rotation);
    if (rotation.isEmpty() || handOverEvery.isZero() || handOverEvery.isNegative()) {
      throw new IllegalArgumentException("a rotation needs people and a positive hand-over period");
    }
  }

  /** The rotation names the commander (level 0) only; escalation levels have contacts instead. */
  @Override
  public Optional<String> personAt(int level, Instant at) {
    return level == 0 ? Optional.of(commanderAt(at)) : Optional.empty();
  }

  /** Who commands at {@code instant}; a hand-over instant already belongs to the new commander. */
  public String commanderAt(Instant instant) {
    return rotation.get(Math.floorMod(shiftAt(instant), rotation.size()));
  }

  /** When the shift covering {@code instant} ends and the next commander takes over. */
  public Instant nextHandOverAfter(Instant instant) {
    return handOver(shiftAt(instant) + 1);
  }

  private long shiftAt(Instant instant) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
    long shift =
        Math.floorDiv(
            Duration.between(firstHandOver, local).toSeconds(), handOverEvery.toSeconds());
    // The wall-clock estimate can be one shift off around a daylight-saving change: settle it.
    while (handOver(shift).isAfter(instant)) {
      shift--;
    }
    while (!handOver(shift + 1).isAfter(instant)) {
      shift++;
    }
    return shift;
  }

  private Instant handOver(long shift) {
    return firstHandOver.plus(handOverEvery.multipliedBy(shift)).atZone(zone).toInstant();
  }
}
