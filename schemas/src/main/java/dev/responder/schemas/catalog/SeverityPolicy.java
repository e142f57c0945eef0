package dev.responder.schemas.catalog;

import dev.responder.schemas.avro.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A runbook's severity: a default, rules that raise it and rules that lower it. If any raise rule
 * holds the most severe of them wins; otherwise the first lower rule that holds; otherwise the
 * default. Raising first means a doubt about an outage is never argued down by a lower rule.
 */
public record SeverityPolicy(
    Severity defaultSeverity, List<SeverityRule> raise, List<SeverityRule> lower) {

  public SeverityPolicy {
    raise = List.copyOf(raise);
    lower = List.copyOf(lower);
  }

  /** The severity decided from the alert's labels and whatever figures are known. */
  public SeverityDecision decide(Map<String, String> labels, Figures figures) {
    Optional<SeverityRule> raised =
        raise.stream()
            .filter(rule -> rule.holds(labels, figures))
            .min(Comparator.comparing(SeverityRule::to));
    if (raised.isPresent()) {
      return explain(raised.get(), "raised");
    }
    return lower.stream()
        .filter(rule -> rule.holds(labels, figures))
        .findFirst()
        .map(rule -> explain(rule, "lowered"))
        .orElseGet(() -> new SeverityDecision(defaultSeverity, "default severity"));
  }

  /** The rules that could still change the severity once the checks have run. */
  public List<SeverityRule> rulesNeedingChecks() {
    return java.util.stream.Stream.concat(raise.stream(), lower.stream())
        .filter(SeverityRule::needsChecks)
        .toList();
  }

  private SeverityDecision explain(SeverityRule rule, String verb) {
    String why = rule.because().isEmpty() ? "" : " (" + rule.because() + ")";
    return new SeverityDecision(
        rule.to(),
        verb + " from " + defaultSeverity + " to " + rule.to() + " by " + rule.condition() + why);
  }
}
