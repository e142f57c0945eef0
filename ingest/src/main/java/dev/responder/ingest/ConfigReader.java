package dev.responder.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Typed reads of configuration entries (environment variable names) with messages that name the
 * entry and the expected form, so a wrong value is fixed in one try.
 */
final class ConfigReader {

  private final Map<String, String> values;

  ConfigReader(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  String text(String name, String defaultValue) {
    String value = values.get(name);
    return value == null || value.isBlank() ? defaultValue : value.trim();
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
        name + " must be an integer from " + min + " to " + max + ", was '" + text + "'");
  }

  boolean flag(String name, boolean defaultValue) {
    String text = text(name, null);
    if (text == null) {
      return defaultValue;
    }
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(name + " must be true or false, was '" + text + "'");
    };
  }

  Duration millis(String name, int defaultMillis, int min, int max) {
    return Duration.ofMillis(integer(name, defaultMillis, min, max));
  }

  /**
   * A secret given either inline ({@code NAME}) or as a file ({@code NAME_FILE}, surrounding
   * whitespace dropped so a trailing newline does not become part of it); null when neither.
   */
  Secret secret(String name) {
    String inline = text(name, null);
    String file = text(name + "_FILE", null);
    if (inline != null && file != null) {
      throw new IllegalArgumentException("set " + name + " or " + name + "_FILE, not both");
    }
    if (file == null) {
      return inline == null ? null : new Secret(inline);
    }
    try {
      String content = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
      if (content.isEmpty()) {
        throw new IllegalArgumentException(name + "_FILE " + file + " is empty");
      }
      return new Secret(content);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          name + "_FILE " + file + " cannot be read: " + e.getMessage(), e);
    }
  }
}
