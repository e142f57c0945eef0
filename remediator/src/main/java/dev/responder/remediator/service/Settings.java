package dev.responder.remediator.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads typed entries from environment-style settings, failing with a message that names the entry
 * and what it accepts. A secret {@code X} may instead be read from the file named by {@code
 * X_FILE}.
 */
final class Settings {

  private final Map<String, String> values;

  Settings(Map<String, String> values) {
    this.values = values;
  }

  String text(String name, String defaultValue) {
    String value = values.get(name);
    return value == null || value.isBlank() ? defaultValue : value.trim();
  }

  String required(String name, String what) {
    String value = text(name, null);
    if (value == null) {
      throw new IllegalArgumentException(name + " is required: " + what);
    }
    return value;
  }

  int integer(String name, int defaultValue, int min, int max) {
    return bounded(name, defaultValue, min, max, Integer::valueOf, "a whole number");
  }

  Duration seconds(String name, long defaultSeconds, long min, long max) {
    return Duration.ofSeconds(integer(name, (int) defaultSeconds, (int) min, (int) max));
  }

  /** An ISO-8601 duration ({@code PT1H}, {@code PT30M}, {@code P1D}) within the bounds. */
  Duration duration(String name, Duration defaultValue, Duration min, Duration max) {
    return bounded(
        name, defaultValue, min, max, Duration::parse, "an ISO-8601 duration (e.g. PT1H, PT30M)");
  }

  /** The entry parsed and within {@code [min, max]}, or an error naming the form and range. */
  private <T extends Comparable<T>> T bounded(
      String name, T defaultValue, T min, T max, Function<String, T> parse, String form) {
    String text = text(name, null);
    if (text == null) {
      return defaultValue;
    }
    try {
      T value = parse.apply(text);
      if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
        return value;
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      // reported below with the accepted form and range
    }
    throw new IllegalArgumentException(
        name + "=" + text + " is not " + form + " from " + min + " to " + max);
  }

  boolean flag(String name, boolean defaultValue) {
    String text = text(name, null);
    if (text == null) {
      return defaultValue;
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new IllegalArgumentException(name + "=" + text + " is not true or false");
    };
  }

  /** Like {@link #secret}, but one of {@code name} and {@code name_FILE} must give a value. */
  String requiredSecret(String name, String what) {
    String value = secret(name);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " or " + name + "_FILE is required: " + what);
    }
    return value;
  }

  /** The secret from {@code name} or from the file {@code name_FILE}; empty string when neither. */
  String secret(String name) {
    String inline = text(name, null);
    String file = text(name + "_FILE", null);
    if (inline != null && file != null) {
      throw new IllegalArgumentException("set " + name + " or " + name + "_FILE, not both");
    }
    if (file == null) {
      return inline == null ? "" : inline;
    }
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new IllegalArgumentException(
          name + "_FILE: cannot read " + file + ": " + e.getMessage());
    }
  }
}
