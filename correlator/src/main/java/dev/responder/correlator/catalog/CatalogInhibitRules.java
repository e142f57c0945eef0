package dev.responder.correlator.catalog;

import dev.responder.correlator.domain.InhibitRule;
import dev.responder.correlator.domain.InhibitRules;
import dev.responder.correlator.domain.InhibitSubject;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.InhibitSide;
import java.util.function.Predicate;

/**
 * The catalog's {@code inhibitRules} as the domain's {@link InhibitRules}. A catalog without any
 * inhibits nothing: muting is what a runbook asks for, never a default.
 */
final class CatalogInhibitRules {

  private CatalogInhibitRules() {}

  static InhibitRules of(Catalog catalog) {
    return new InhibitRules(
        catalog.inhibitRules().stream()
            .map(
                rule ->
                    new InhibitRule(
                        rule.name(),
                        matching(rule.source()),
                        matching(rule.target()),
                        rule.equal(),
                        rule.because()))
            .toList());
  }

  private static Predicate<InhibitSubject> matching(InhibitSide side) {
    return subject -> side.matches(subject.runbookId(), subject.severity(), subject.labels());
  }
}
