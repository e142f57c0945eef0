package dev.responder.app.catalog;

import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Classification;
import dev.responder.schemas.catalog.Classifier;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code responder catalog explain FILE --labels k=v,...}: prints which runbook and severity an
 * alert with those labels (or a CRM event of a type) gets from the catalog, and why.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Show which runbook and severity an alert gets, and why.")
public final class CatalogExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CatalogFile catalogFile;

  @Option(
      names = "--labels",
      split = ",",
      paramLabel = "NAME=VALUE",
      description = "The alert's labels, e.g. alertname=HighErrorRate,namespace=crm.")
  Map<String, String> labels = new LinkedHashMap<>();

  @Option(
      names = "--event-type",
      paramLabel = "TYPE",
      description = "A CRM event type, e.g. social.publish.failed (instead of alert labels).")
  String eventType;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "When the alert was detected, e.g. 2026-11-27T16:30:00Z (default: now).")
  Instant detectedAt;

  @Override
  public Integer call() {
    Optional<Catalog> catalog = catalogFile.load(spec.commandLine().getErr());
    if (catalog.isEmpty()) {
      return CatalogFile.INVALID;
    }
    Instant at = detectedAt != null ? detectedAt : Instant.now();
    Classification result = new Classifier(catalog.get()).classify(labels, eventType, at);
    new Explanation(catalog.get(), result).print(spec.commandLine().getOut());
    return 0;
  }
}
