package dev.responder.console.report;

import java.time.Duration;

/** Durations as people write them in reports: {@code 1h 05m}, {@code 12m 30s}, {@code 45s}. */
final class Elapsed {

  private Elapsed() {}

  static String format(Duration duration) {
    long seconds = Math.max(0, duration.getSeconds());
    long hours = seconds / 3600;
    long minutes = (seconds % 3600) / 60;
    long rest = seconds % 60;
    if (hours > 0) {
      return "%dh %02dm".formatted(hours, minutes);
    }
    if (minutes > 0) {
      return "%dm %02ds".formatted(minutes, rest);
    }
    return rest + "s";
  }
}
