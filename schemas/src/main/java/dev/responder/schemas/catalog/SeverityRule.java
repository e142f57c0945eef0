package dev.responder.schemas.catalog;

import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.matcher.MatcherSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule that raises or lowers a runbook's severity to {@code to}: either on the alert's labels
 * (decided at classification) or on check figures (decided once the checks have run). Exactly one
 * of {@code labels} and {@code when} is given.
 *
 * @param because the operators' words for why, shown in explanations; may be empty
 */
public record SeverityRule(
    Severity to, Optional<MatcherSet> labels, List<FigureCondition> when, String because) {

  public SeverityRule {
    when = List.copyOf(when);
  }

  /** True when the rule holds; a figure rule never holds before its checks have reported. */
  public boolean holds(Map<String, String> alertLabels, Figures figures) {
    return labels.map(set -> set.matches(alertLabels)).orElseGet(() -> holdsOnFigures(figures));
  }

  /** True for rules on check figures, which only the remediator's checks can decide. */
  public boolean needsChecks() {
    return labels.isEmpty();
  }

  private boolean holdsOnFigures(Figures figures) {
    return FigureCondition.allHold(when, figures);
  }

  /** The condition as written, e.g. {@code {severity="critical"}} or {@code pods.ready == 0}. */
  public String condition() {
    return labels.map(MatcherSet::toString).orElseGet(() -> FigureCondition.describe(when));
  }

  @Override
  public String toString() {
    return to + " when " + condition() + (because.isEmpty() ? "" : " (" + because + ")");
  }
}
