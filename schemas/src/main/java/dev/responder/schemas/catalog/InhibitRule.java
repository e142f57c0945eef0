package dev.responder.schemas.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the catalog's {@code inhibitRules}, with Alertmanager's {@code inhibit_rules}
 * semantics: while an open or acknowledged incident matches {@code source}, an alert matching
 * {@code target} whose {@code equal} labels have the same values is inhibited, and open incidents
 * matching {@code target} there are suppressed. {@code equal} always holds {@code namespace} and
 * {@code service}, so a rule is decided inside one scope partition of the correlator.
 *
 * @param name unique; the correlator keys its counts of open sources by it
 * @param because why the rule exists, shown with every alert it inhibits
 */
public record InhibitRule(
    String name, String because, InhibitSide source, InhibitSide target, List<String> equal) {

  public InhibitRule {
    Objects.requireNonNull(name, "name");
    because = because == null ? "" : because;
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    equal = List.copyOf(equal);
  }
}
