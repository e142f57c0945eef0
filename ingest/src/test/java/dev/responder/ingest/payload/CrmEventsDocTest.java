package dev.responder.ingest.payload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Classification;
import dev.responder.schemas.catalog.Classifier;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The examples in docs/crm-events.md are accepted as documented, and each runbook's example is
 * classified by the shipped catalog to that runbook: neither the page nor the catalog can drift.
 */
class CrmEventsDocTest {

  private static final Path PAGE = Path.of("..", "docs", "crm-events.md");
  private static final Path CATALOG = Path.of("..", "runbooks", "crm.yaml");
  private static final Pattern EXAMPLE =
      Pattern.compile("### ([^\\n]+)\\n+```json\\n(.*?)```", Pattern.DOTALL);

  private final CrmEventParser parser = new CrmEventParser(PayloadLimits.DEFAULTS);

  @Test
  void shouldAcceptEveryExampleAndClassifyEachToItsRunbook() throws Exception {
    Map<String, String> examples = examples();
    Classifier classifier = new Classifier(catalog());

    assertThat(examples).hasSize(6);
    examples.forEach(
        (heading, json) -> {
          ParseOutcome outcome =
              parser.parse(
                  json.getBytes(StandardCharsets.UTF_8), AlertmanagerWebhookParserTest.META);
          assertThat(outcome).as(heading).isInstanceOf(ParseOutcome.Accepted.class);
          if (heading.contains(": `")) {
            Alert alert = ((ParseOutcome.Accepted) outcome).alerts().get(0);
            Classification classification =
                classifier.classify(alert.getLabels(), alert.getEventType(), alert.getStartsAt());
            assertThat(heading).startsWith(classification.title() + ": `" + alert.getEventType());
            assertThat(classification.groupingKey()).as(heading).contains("namespace=\"crm\"");
          }
        });
  }

  private static Map<String, String> examples() throws Exception {
    Map<String, String> examples = new LinkedHashMap<>();
    Matcher matcher = EXAMPLE.matcher(Files.readString(PAGE));
    while (matcher.find()) {
      examples.put(matcher.group(1), matcher.group(2));
    }
    return examples;
  }

  private static Catalog catalog() {
    LoadResult result = CatalogLoader.load(CATALOG);
    assertThat(result).isInstanceOf(LoadResult.Loaded.class);
    return ((LoadResult.Loaded) result).catalog();
  }
}
