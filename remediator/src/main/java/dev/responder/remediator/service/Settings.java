package dev.responder.remediator.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

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
    String text = text(name, null);
    if (text == null) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the accepted range
    }
    throw new IllegalArgumentException(
        name + "=" + text + " is not a whole number from " + min + " to " + max);
  }

  Duration seconds(String name, long defaultSeconds, long min, long max) {
    return Duration.ofSeconds(integer(name, (int) defaultSeconds, (int) min, (int) max));
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
