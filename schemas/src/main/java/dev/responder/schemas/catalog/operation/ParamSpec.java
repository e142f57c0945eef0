package dev.responder.schemas.catalog.operation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The declaration of one operation parameter: its name, type, bounds, whether it is required and
 * its default. Build one with the static factories.
 *
 * @param defaultValue an Integer, Duration or String matching the type, or null for none
 */
public record ParamSpec(
    String name,
    ParamType type,
    TargetKind target,
    boolean required,
    Object defaultValue,
    long min,
    long max,
    List<String> choices) {

  public ParamSpec {
    choices = List.copyOf(choices);
  }

  public static ParamSpec target(String name, TargetKind target) {
    return new ParamSpec(name, ParamType.TARGET, target, true, null, 0, 0, List.of());
  }

  /** A target that may be left out (the operation then covers the whole namespace). */
  public static ParamSpec optionalTarget(String name, TargetKind target) {
    return new ParamSpec(name, ParamType.TARGET, target, false, null, 0, 0, List.of());
  }

  /** A whole number; required when {@code defaultValue} is null. */
  public static ParamSpec integer(String name, long min, long max, Integer defaultValue) {
    return new ParamSpec(
        name, ParamType.INTEGER, null, defaultValue == null, defaultValue, min, max, List.of());
  }

  /** A duration; required when {@code defaultValue} is null. */
  public static ParamSpec duration(String name, Duration min, Duration max, Duration defaultValue) {
    return new ParamSpec(
        name,
        ParamType.DURATION,
        null,
        defaultValue == null,
        defaultValue,
        min.toSeconds(),
        max.toSeconds(),
        List.of());
  }

  /** One of {@code choices}; required when {@code defaultValue} is null. */
  public static ParamSpec choice(String name, String defaultValue, String... choices) {
    return new ParamSpec(
        name, ParamType.CHOICE, null, defaultValue == null, defaultValue, 0, 0, List.of(choices));
  }

  public static ParamSpec text(String name) {
    return new ParamSpec(name, ParamType.TEXT, null, true, null, 0, 0, List.of());
  }

  public static ParamSpec optionalText(String name) {
    return new ParamSpec(name, ParamType.TEXT, null, false, null, 0, 0, List.of());
  }

  public Optional<Object> defaultIfAny() {
    return Optional.ofNullable(defaultValue);
  }

  /** A short description of the accepted values, used in error hints and the reference page. */
  public String describe() {
    return switch (type) {
      case TARGET -> "a name from allowlists." + target.allowlistField();
      case INTEGER -> "a whole number from " + min + " to " + max;
      case DURATION ->
          "a duration from "
              + Durations.format(Duration.ofSeconds(min))
              + " to "
              + Durations.format(Duration.ofSeconds(max));
      case CHOICE -> "one of " + String.join(", ", choices);
      case TEXT -> "text";
    };
  }
}
