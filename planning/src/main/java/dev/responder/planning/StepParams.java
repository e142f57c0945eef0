package dev.responder.planning;

import dev.responder.schemas.catalog.operation.Operation;
import dev.responder.schemas.catalog.operation.Parameters;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A step's parameters, a view over the catalog's {@link Parameters} that also checks each value is
 * an Integer, a Duration or a String: besides the catalog, the values come from the ledger (see
 * {@link ParamsCodec}) and from the remediator itself (the replica ceiling), which no loader
 * checks.
 */
public record StepParams(Parameters parameters) {

  public StepParams {
    parameters.values().forEach(StepParams::requireSupported);
  }

  public static StepParams of(Map<String, Object> values) {
    return new StepParams(Parameters.of(values));
  }

  /** These values with the operation's defaults filled in where missing. */
  public StepParams withDefaults(Operation operation) {
    return new StepParams(operation.withDefaults(values()));
  }

  /** The values by name, sorted and unmodifiable. */
  public Map<String, Object> values() {
    return parameters.values();
  }

  public String text(String name) {
    return parameters.text(name);
  }

  public Optional<String> optionalText(String name) {
    return parameters.optionalText(name);
  }

  public int integer(String name) {
    return parameters.integer(name);
  }

  public Duration duration(String name) {
    return parameters.duration(name);
  }

  private static void requireSupported(String name, Object value) {
    if (!(value instanceof Integer || value instanceof Duration || value instanceof String)) {
      throw new IllegalArgumentException(
          "parameter '" + name + "' must be an Integer, Duration or String, not " + value);
    }
  }
}
