package dev.responder.remediator.plan;

import dev.responder.schemas.catalog.Comparison;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A condition on one figure a check reported, e.g. {@code queue_depth.depth > 1000}. A figure no
 * check reported makes the condition false: the remediator never acts on missing data.
 */
public record Condition(String check, String figure, Comparison op, double value) {

  public Condition {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(op, "op");
  }

  public boolean holds(Findings findings) {
    OptionalDouble actual = findings.figure(check, figure);
    return actual.isPresent() && op.test(actual.getAsDouble(), value);
  }

  /** True when every condition holds; no conditions always hold. */
  public static boolean allHold(List<Condition> conditions, Findings findings) {
    return conditions.stream().allMatch(condition -> condition.holds(findings));
  }

  @Override
  public String toString() {
    String number =
        value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    return check + "." + figure + " " + op.symbol() + " " + number;
  }
}
