package dev.responder.correlator.catalog;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.firing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.domain.Classification;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.catalog.load.CatalogLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog classifier's cache: a label set seen before is answered, and answered alike. */
class CatalogClassifierTest {

  private final CatalogClassifier classifier =
      new CatalogClassifier(CatalogLoader.require(Path.of("..", "runbooks", "crm.yaml")));

  private static final Map<String, String> API_DOWN =
      Map.of("alertname", "CrmApiDown", "namespace", "crm", "service", "crm-backend");

  @Test
  void shouldAnswerARepeatedLabelSetFromTheCacheWithTheSameClassification() {
    Classification first = classifier.classify(firing("fp-1", T0, API_DOWN)).orElseThrow();

    Classification again =
        classifier.classify(firing("fp-2", T0.plusSeconds(3_600), API_DOWN)).orElseThrow();

    assertThat(again).isEqualTo(first);
    assertThat(again.runbookId()).isEqualTo("api-unresponsive");
    assertThat(classifier.cacheHits()).isEqualTo(1);
  }

  @Test
  void shouldClassifyACrmEventOfAnotherTypeAfreshThoughItsLabelsAreEqual() {
    Alert event = firing("fp-1", T0, Map.of("namespace", "crm"));
    classifier.classify(Alert.newBuilder(event).setEventType("worker.job.stalled").build());

    Classification other =
        classifier
            .classify(Alert.newBuilder(event).setEventType("api.health.failed").build())
            .orElseThrow();

    assertThat(other.runbookId()).isEqualTo("api-unresponsive");
    assertThat(classifier.cacheHits()).isZero();
  }
}
