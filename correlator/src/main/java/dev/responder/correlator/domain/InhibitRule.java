package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One inhibit rule with Alertmanager's {@code inhibit_rules} semantics: while an open or
 * acknowledged incident matches {@code source}, alerts matching {@code target} whose {@code equal}
 * labels have the same values (a missing label counts as empty) neither open nor join other
 * incidents, and such open incidents are suppressed.
 *
 * @param name unique within the catalog: the summaries are keyed by it
 * @param because why the rule exists, for the disposition's explanation
 */
public record InhibitRule(
    String name,
    Predicate<InhibitSubject> source,
    Predicate<InhibitSubject> target,
    List<String> equal,
    String because) {

  public InhibitRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    equal = List.copyOf(equal);
    because = because == null ? "" : because;
  }

  /**
   * Today's behaviour as a rule: an open P1 mutes every lower alert of its namespace and service,
   * whatever its runbook. The catalog ships it only for the runbooks that want it.
   */
  public static InhibitRule p1MutesItsScope(String name) {
    return new InhibitRule(
        name,
        subject -> subject.severity() == Severity.P1,
        subject -> subject.severity() != Severity.P1,
        List.of("namespace", "service"),
        "an open P1 mutes its namespace and service");
  }

  /** The rule restricted to source incidents of these runbooks. */
  public InhibitRule withSourceRunbooks(Set<String> runbookIds) {
    Predicate<InhibitSubject> ofRunbooks = subject -> runbookIds.contains(subject.runbookId());
    return new InhibitRule(name, source.and(ofRunbooks), target, equal, because);
  }

  /**
   * The summary key of this rule for a subject: the rule's name and the subject's values of the
   * {@code equal} labels, each length-prefixed so no value can spill into the next.
   */
  String keyOf(InhibitSubject subject) {
    StringBuilder key = new StringBuilder(name).append('\u0000');
    for (String label : equal) {
      String value = subject.label(label);
      key.append(value.length()).append(':').append(value);
    }
    return key.toString();
  }

  /** The equal labels' values, e.g. {@code namespace="crm", service="crm-backend"}. */
  String describe(InhibitSubject subject) {
    return equal.stream()
        .map(label -> label + "=\"" + subject.label(label) + "\"")
        .reduce((a, b) -> a + ", " + b)
        .orElse("any labels");
  }
}
