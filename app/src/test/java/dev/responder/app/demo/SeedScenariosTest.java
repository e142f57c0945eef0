package dev.responder.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Classification;
import dev.responder.schemas.catalog.Classifier;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each scenario's signal is classified, by the shipped catalog, to the runbook it plays. */
class SeedScenariosTest {

  private static Catalog shippedCatalog() throws Exception {
    String yaml = Files.readString(Path.of("..", "runbooks", "crm.yaml"));
    return ((LoadResult.Loaded) CatalogLoader.parse(yaml, "runbooks/crm.yaml")).catalog();
  }

  @Test
  void shouldClassifyEverySignalToItsOwnRunbookAtTheSeverityTheDemoShows() throws Exception {
    // given
    Classifier classifier = new Classifier(shippedCatalog());
    Map<String, Severity> severities = new LinkedHashMap<>();

    // when
    for (Scenario scenario : SeedScenarios.all()) {
      Classification classification = classify(classifier, scenario.signal());
      assertThat(classification.runbookId()).as(scenario.name()).isEqualTo(scenario.name());
      severities.put(scenario.name(), classification.severity());
    }

    // then P1 (approval needed) for the API outage, P2 (approval needed) for the database
    assertThat(severities)
        .containsExactly(
            Map.entry("worker-queue-stuck", Severity.P2),
            Map.entry("social-publishing-failed", Severity.P3),
            Map.entry("event-processing-lag", Severity.P3),
            Map.entry("database-connections-exhausted", Severity.P2),
            Map.entry("api-unresponsive", Severity.P1));
  }

  @Test
  void shouldLetTheDatabaseLeakAgeAsLongAsTheRunbooksIdleFor() throws Exception {
    // when
    Duration lead =
        SeedScenarios.named(SeedScenarios.DATABASE)
            .orElseThrow()
            .leadTime()
            .apply(shippedCatalog());

    // then the shipped 10m, plus the margin
    assertThat(lead).isEqualTo(Duration.ofMinutes(10).plusSeconds(2));
  }

  @Test
  void shouldPlayTheApiOutageAfterTheDatabaseLeakItsRestartWouldEnd() {
    assertThat(SeedScenarios.names())
        .containsSubsequence(SeedScenarios.DATABASE, "api-unresponsive")
        .hasSize(5);
  }

  private static Classification classify(Classifier classifier, Signal signal) {
    Instant now = Instant.parse("2026-11-27T05:08:37Z");
    if (signal instanceof Signal.CrmEvent event) {
      Map<String, String> labels = new LinkedHashMap<>(event.attributes());
      labels.put("alertname", event.type());
      return classifier.classify(labels, event.type(), now);
    }
    return classifier.classify(((Signal.Alertmanager) signal).labels(), now);
  }
}
