package dev.responder.planning;

import dev.responder.schemas.catalog.Figures;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The figures the checks of one incident reported so far, by check id and figure name. Mutable and
 * confined to one incident's run; conditions read it.
 */
public final class Findings implements Figures {

  private final Map<String, Map<String, Double>> byCheck = new HashMap<>();

  public void record(String check, Map<String, Double> figures) {
    byCheck.put(check, Map.copyOf(figures));
  }

  @Override
  public OptionalDouble figure(String check, String figure) {
    Double value = byCheck.getOrDefault(check, Map.of()).get(figure);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  public Map<String, Double> of(String check) {
    return byCheck.getOrDefault(check, Map.of());
  }
}
