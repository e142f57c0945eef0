package dev.responder.correlator.catalog;

import dev.responder.correlator.domain.AlertClassifier;
import dev.responder.correlator.domain.Classification;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Classifier;
import dev.responder.schemas.catalog.Runbook;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies alerts with the runbook catalog. As the catalog specifies, an alert no runbook matches
 * still forms an "unclassified" incident (grouped by the catalog's unclassified groupBy), so that a
 * person is told about it; the scope is the alert's namespace and service labels.
 */
public final class CatalogClassifier implements AlertClassifier {

  private final Catalog catalog;
  private final Classifier classifier;

  public CatalogClassifier(Catalog catalog) {
    this.catalog = catalog;
    this.classifier = new Classifier(catalog);
  }

  @Override
  public Optional<Classification> classify(Alert alert) {
    Map<String, String> labels = alert.getLabels();
    dev.responder.schemas.catalog.Classification decided =
        classifier.classify(labels, alert.getEventType(), alert.getStartsAt());
    return Optional.of(
        new Classification(
            decided.runbookId(),
            decided.title(),
            decided.severity(),
            decided.groupingKey(),
            groupLabels(groupBy(decided), labels),
            labels.getOrDefault("namespace", ""),
            labels.getOrDefault("service", ""),
            decided.catalogVersion(),
            decided.reason()));
  }

  private List<String> groupBy(dev.responder.schemas.catalog.Classification decided) {
    if (decided.isUnclassified()) {
      return catalog.unclassified().groupBy();
    }
    return catalog.runbook(decided.runbookId()).map(Runbook::groupBy).orElse(List.of());
  }

  private static Map<String, String> groupLabels(List<String> names, Map<String, String> labels) {
    Map<String, String> group = new LinkedHashMap<>();
    names.forEach(name -> group.put(name, labels.getOrDefault(name, "")));
    return group;
  }
}
