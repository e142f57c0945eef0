package dev.responder.schemas.catalog.operation;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as the catalog writes them, in Prometheus' style: units {@code d h m s} in that order,
 * e.g. {@code 15m}, {@code 1h30m}, {@code 2d}. ISO-8601 is not accepted: operators read these.
 */
public final class Durations {

  private static final Pattern FORM =
      Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

  private Durations() {}

  /** The duration written in {@code text}, or empty when it is not of the form above. */
  public static Optional<Duration> parse(String text) {
    Matcher m = FORM.matcher(text.trim());
    if (text.isBlank() || !m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Duration.ofDays(number(m, 1))
              .plusHours(number(m, 2))
              .plusMinutes(number(m, 3))
              .plusSeconds(number(m, 4)));
    } catch (ArithmeticException | NumberFormatException tooLarge) {
      return Optional.empty();
    }
  }

  /** The shortest catalog form of a duration, e.g. {@code 1h30m}; zero is {@code 0s}. */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    append(out, duration.toDaysPart(), "d");
    append(out, duration.toHoursPart(), "h");
    append(out, duration.toMinutesPart(), "m");
    append(out, duration.toSecondsPart(), "s");
    return out.toString();
  }

  private static long number(Matcher m, int group) {
    return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
  }

  private static void append(StringBuilder out, long amount, String unit) {
    if (amount > 0) {
      out.append(amount).append(unit);
    }
  }
}
