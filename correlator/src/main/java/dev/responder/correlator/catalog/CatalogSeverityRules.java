package dev.responder.correlator.catalog;

import dev.responder.correlator.domain.SeverityRules;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Figures;
import dev.responder.schemas.catalog.SeverityDecision;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog's severity rules with check figures: a runbook's raise rules (the most severe that
 * holds wins), else its first lower rule that holds, else its default, over the alert's labels and
 * the figures. Unclassified incidents and runbooks without figure rules are left as classified.
 */
public final class CatalogSeverityRules implements SeverityRules {

  private final Catalog catalog;

  public CatalogSeverityRules(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public Optional<Verdict> decide(
      String runbookId, Map<String, String> labels, Map<String, Map<String, Double>> figures) {
    return catalog
        .runbook(runbookId)
        .filter(runbook -> !runbook.severity().rulesNeedingChecks().isEmpty())
        .map(runbook -> runbook.severity().decide(labels, Figures.of(figures)))
        .map(CatalogSeverityRules::verdict);
  }

  private static Verdict verdict(SeverityDecision decision) {
    return new Verdict(decision.severity(), decision.reason());
  }
}
