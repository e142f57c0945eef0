package dev.responder.schemas.catalog;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A typed condition on a check's result, e.g. {@code queue_depth.depth > 1000}: the check id, one
 * of the figures its operation reports, a comparison and a number. Deliberately not a scripting
 * language: a catalog reviewer can read every condition at a glance.
 */
public record FigureCondition(String check, String figure, Comparison op, double value) {

  /** True when the check reported the figure and it compares true; unknown data never acts. */
  public boolean holds(Figures figures) {
    OptionalDouble actual = figures.figure(check, figure);
    return actual.isPresent() && op.test(actual.getAsDouble(), value);
  }

  /** True when every condition holds; an empty list always holds. */
  public static boolean allHold(List<FigureCondition> conditions, Figures figures) {
    return conditions.stream().allMatch(c -> c.holds(figures));
  }

  /** Conditions as written, joined by "and", e.g. {@code q.depth > 0 and logs.matches == 0}. */
  public static String describe(List<FigureCondition> conditions) {
    return conditions.stream()
        .map(FigureCondition::toString)
        .collect(java.util.stream.Collectors.joining(" and "));
  }

  @Override
  public String toString() {
    String number =
        value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    return check + "." + figure + " " + op.symbol() + " " + number;
  }
}
