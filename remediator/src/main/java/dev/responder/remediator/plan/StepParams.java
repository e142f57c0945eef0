package dev.responder.remediator.plan;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A step's parameters, each an Integer, a Duration or a String (the catalog validated them). The
 * ledger stores them with {@link ParamsCodec} so a crashed action can be reconciled as planned.
 */
public record StepParams(Map<String, Object> values) {

  public StepParams {
    values.forEach(StepParams::requireSupported);
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
  }

  public static StepParams of(Map<String, Object> values) {
    return new StepParams(values);
  }

  public String text(String name) {
    return (String) require(name);
  }

  public Optional<String> optionalText(String name) {
    return Optional.ofNullable((String) values.get(name));
  }

  public int integer(String name) {
    return (Integer) require(name);
  }

  public Optional<Integer> optionalInteger(String name) {
    return Optional.ofNullable((Integer) values.get(name));
  }

  public Duration duration(String name) {
    return (Duration) require(name);
  }

  private Object require(String name) {
    Object value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no parameter '" + name + "' in " + values.keySet());
    }
    return value;
  }

  private static void requireSupported(String name, Object value) {
    if (!(value instanceof Integer || value instanceof Duration || value instanceof String)) {
      throw new IllegalArgumentException(
          "parameter '" + name + "' must be an Integer, Duration or String, not " + value);
    }
  }
}
