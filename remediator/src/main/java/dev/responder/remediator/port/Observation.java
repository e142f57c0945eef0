package dev.responder.remediator.port;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a call found or changed: named figures (queue depth, connection counts, rows changed,
 * replicas) that conditions compare, and raw lines (pod states, log tail) for people.
 */
public record Observation(Map<String, Double> figures, List<String> lines) {

  public Observation {
    figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    lines = List.copyOf(lines);
  }

  public static Observation of(Map<String, Double> figures, List<String> lines) {
    return new Observation(figures, lines);
  }

  public static Observation figures(Map<String, Double> figures) {
    return new Observation(figures, List.of());
  }

  public static Observation lines(List<String> lines) {
    return new Observation(Map.of(), lines);
  }

  public static Observation empty() {
    return new Observation(Map.of(), List.of());
  }
}
