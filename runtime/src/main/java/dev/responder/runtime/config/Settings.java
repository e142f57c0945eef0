package dev.responder.runtime.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed reads of a service's settings (environment-variable names such as {@code RESPONDER_X}), the
 * same in every service. A blank entry counts as absent; a wrong one fails with a message naming
 * the entry, what was given and what is accepted: {@code RESPONDER_X must be an integer from 1 to
 * 10, was 'abc'}.
 */
public final class Settings {

  private final Map<String, String> values;

  public Settings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** The entry without surrounding whitespace, or {@code defaultValue} when absent or blank. */
  public String text(String name, String defaultValue) {
    String value = values.get(name);
    return value == null || value.isBlank() ? defaultValue : value.strip();
  }

  /** The entry, which must be given; {@code what} tells the reader what to set it to. */
  public String required(String name, String what) {
    String value = text(name, null);
    if (value == null) {
      throw new IllegalArgumentException(name + " is required: " + what);
    }
    return value;
  }

  /** A whole number within {@code [min, max]}. */
  public int integer(String name, int defaultValue, int min, int max) {
    return bounded(name, defaultValue, min, max, Integer::valueOf, "an integer");
  }

  /** A TCP port to listen on; 0 lets the system pick a free one. */
  public int port(String name, int defaultValue) {
    return bounded(name, defaultValue, 0, 65_535, Integer::valueOf, "a port number");
  }

  /**
   * A switch: {@code true}, {@code yes}, {@code on} or {@code 1} and {@code false}, {@code no},
   * {@code off} or {@code 0}, in any case.
   */
  public boolean flag(String name, boolean defaultValue) {
    String text = text(name, null);
    if (text == null) {
      return defaultValue;
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw invalid(name, "true or false (or yes/no, on/off, 1/0)", text);
    };
  }

  /** A whole number of milliseconds within {@code [min, max]}. */
  public Duration millis(String name, long defaultMillis, long min, long max) {
    return Duration.ofMillis(
        bounded(name, defaultMillis, min, max, Long::valueOf, "a number of milliseconds"));
  }

  /** A whole number of seconds within {@code [min, max]}. */
  public Duration seconds(String name, long defaultSeconds, long min, long max) {
    return Duration.ofSeconds(
        bounded(name, defaultSeconds, min, max, Long::valueOf, "a number of seconds"));
  }

  /** An ISO-8601 duration ({@code PT30M}, {@code PT12H}, {@code P1D}) within {@code [min, max]}. */
  public Duration duration(String name, String defaultIso, Duration min, Duration max) {
    return bounded(
        name,
        Duration.parse(defaultIso),
        min,
        max,
        Duration::parse,
        "an ISO-8601 duration (e.g. PT30M, PT12H)");
  }

  /**
   * A secret given inline ({@code name}) or in the file {@code name_FILE} names (a mounted Secret;
   * surrounding whitespace dropped, so a trailing newline is not part of it); empty when neither is
   * set. Both set, an empty file or an unreadable one are errors.
   */
  public Optional<String> secret(String name) {
    String inline = text(name, null);
    String fileName = name + "_FILE";
    String file = text(fileName, null);
    if (inline != null && file != null) {
      throw new IllegalArgumentException("set " + name + " or " + fileName + ", not both");
    }
    if (file == null) {
      return Optional.ofNullable(inline);
    }
    return Optional.of(readSecretFile(fileName, file));
  }

  private static String readSecretFile(String fileName, String file) {
    String content;
    try {
      content = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      String cause = e.getClass().getSimpleName() + ": " + e.getMessage();
      throw new IllegalArgumentException(
          fileName + " must name a readable file, was '" + file + "' (" + cause + ")", e);
    }
    if (content.isEmpty()) {
      throw new IllegalArgumentException(
          fileName + " must name a file holding the secret, was '" + file + "', which is empty");
    }
    return content;
  }

  /** Like {@link #secret}, but {@code name} or {@code name_FILE} must give one. */
  public String requiredSecret(String name, String what) {
    return secret(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(name + " or " + name + "_FILE is required: " + what));
  }

  /**
   * Refuses entries that were renamed (old name to new one): an ignored old name would silently
   * fall back to the default, and accepting both would keep two names alive.
   */
  public void refuseRenamed(Map<String, String> renamed) {
    renamed.forEach(
        (old, current) -> {
          if (values.containsKey(old)) {
            throw new IllegalArgumentException(
                old + " was renamed " + current + ": set " + current + " instead");
          }
        });
  }

  /** The entry parsed and within {@code [min, max]}, or an error naming the form and the range. */
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
    throw invalid(name, form + " from " + min + " to " + max, text);
  }

  private static IllegalArgumentException invalid(String name, String accepted, String given) {
    return new IllegalArgumentException(name + " must be " + accepted + ", was '" + given + "'");
  }
}
