package dev.responder.correlator.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.responder.correlator.domain.AlertClassifier;
import dev.responder.correlator.domain.Classification;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Classifier;
import dev.responder.schemas.catalog.Runbook;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies alerts with the runbook catalog. As the catalog specifies, an alert no runbook matches
 * still forms an "unclassified" incident (grouped by the catalog's unclassified groupBy), so that a
 * person is told about it; the scope is the alert's namespace and service labels.
 *
 * <p>What it answers depends only on the alert's labels and event type, so answers are kept in a
 * bounded cache shared by the stream threads: the correlator classifies every alert twice (before
 * and after the repartition by scope), and re-sends and resolutions repeat label sets.
 */
public final class CatalogClassifier implements AlertClassifier {

  /** Label sets remembered; about 1 KB each, so the cache stays near 10 MB of heap at most. */
  static final int CACHED_LABEL_SETS = 10_000;

  private final Catalog catalog;
  private final Classifier classifier;
  private final Cache<LabelSet, Classification> decided =
      Caffeine.newBuilder().maximumSize(CACHED_LABEL_SETS).recordStats().build();

  public CatalogClassifier(Catalog catalog) {
    this.catalog = catalog;
    this.classifier = new Classifier(catalog);
  }

  /** What a classification depends on: the labels and, for a CRM event, its type. */
  private record LabelSet(Map<String, String> labels, String eventType) {}

  @Override
  public Optional<Classification> classify(Alert alert) {
    return Optional.of(
        decided.get(
            new LabelSet(Map.copyOf(alert.getLabels()), alert.getEventType()), this::decide));
  }

  /** How many classifications the cache answered, for tests. */
  long cacheHits() {
    return decided.stats().hitCount();
  }

  private Classification decide(LabelSet key) {
    Map<String, String> labels = key.labels();
    // The detection time only moves the catalog's respondBy, which a Classification does not carry.
    dev.responder.schemas.catalog.Classification decided =
        classifier.classify(labels, key.eventType(), Instant.EPOCH);
    return new Classification(
        decided.runbookId(),
        decided.title(),
        decided.severity(),
        decided.groupingKey(),
        groupLabels(groupBy(decided), labels),
        labels.getOrDefault("namespace", ""),
        labels.getOrDefault("service", ""),
        decided.catalogVersion(),
        decided.reason());
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
