package dev.responder.schemas.catalog.operation;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A step's validated parameter values, defaults filled in: each value is an Integer, a Duration or
 * a String, as its {@link ParamSpec} says. The loader guarantees required ones are present.
 */
public record Parameters(Map<String, Object> values) {

  public Parameters {
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
  }

  public static Parameters of(Map<String, Object> values) {
    return new Parameters(values);
  }

  /** A text, choice or target value, e.g. the deployment. */
  public String text(String name) {
    return (String) require(name);
  }

  public Optional<String> optionalText(String name) {
    return Optional.ofNullable((String) values.get(name));
  }

  public int integer(String name) {
    return (Integer) require(name);
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

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    values.forEach(
        (k, v) -> {
          if (out.length() > 1) {
            out.append(", ");
          }
          out.append(k).append(": ").append(v instanceof Duration d ? Durations.format(d) : v);
        });
    return out.append('}').toString();
  }
}
