package dev.responder.correlator.catalog;

import dev.responder.correlator.domain.InhibitRule;
import dev.responder.correlator.domain.InhibitRules;
import dev.responder.schemas.catalog.Catalog;
import java.util.List;

/** The catalog's inhibit rules as the domain's {@link InhibitRules}. */
final class CatalogInhibitRules {

  private CatalogInhibitRules() {}

  static InhibitRules of(Catalog catalog) {
    return new InhibitRules(List.of(InhibitRule.p1MutesItsScope("p1-mutes-its-scope")));
  }
}
