package dev.responder.schemas.catalog;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * The figures the checks of one incident reported so far, by check id and figure name (e.g. {@code
 * queue_depth} / {@code depth}). Conditions read them; a missing figure makes a condition false.
 */
@FunctionalInterface
public interface Figures {

  /** No check has reported yet. */
  Figures NONE = (check, figure) -> OptionalDouble.empty();

  OptionalDouble figure(String check, String figure);

  /** Figures from a map of check id to figure name to value. */
  static Figures of(Map<String, Map<String, Double>> byCheck) {
    return (check, figure) -> {
      Double value = byCheck.getOrDefault(check, Map.of()).get(figure);
      return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    };
  }
}
