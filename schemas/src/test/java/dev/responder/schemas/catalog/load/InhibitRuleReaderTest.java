package dev.responder.schemas.catalog.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.InhibitRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog's {@code inhibitRules}: read with their sides, and refused when undecidable. */
class InhibitRuleReaderTest {

  private static final Path MINIMAL = Path.of("src/test/resources/catalog/minimal.yaml");

  private static LoadResult withRules(String rules) throws IOException {
    return CatalogLoader.parse(Files.readString(MINIMAL) + "inhibitRules:\n" + rules, "test.yaml");
  }

  private static List<Problem> problems(LoadResult result) {
    assertThat(result).isInstanceOf(LoadResult.Rejected.class);
    return ((LoadResult.Rejected) result).problems();
  }

  @Test
  void shouldReadARuleWithItsSourceTargetAndEqualLabels() throws IOException {
    LoadResult result =
        withRules(
            """
              - name: outage-mutes-its-service
                because: the outage explains the rest
                source: {runbooks: [unclassified], severities: [P1]}
                target:
                  severities: [P2, P3]
                  matchers: ['severity!="critical"']
                equal: [namespace, service]
            """);

    assertThat(result).isInstanceOf(LoadResult.Loaded.class);
    Catalog catalog = ((LoadResult.Loaded) result).catalog();
    InhibitRule rule = catalog.inhibitRules().get(0);
    assertThat(rule.name()).isEqualTo("outage-mutes-its-service");
    assertThat(rule.equal()).containsExactly("namespace", "service");
    assertThat(rule.source().matches("unclassified", Severity.P1, Map.of())).isTrue();
    assertThat(rule.source().matches("unclassified", Severity.P2, Map.of())).isFalse();
    assertThat(rule.target().matches("any", Severity.P2, Map.of("severity", "warning"))).isTrue();
    assertThat(rule.target().matches("any", Severity.P2, Map.of("severity", "critical"))).isFalse();
    assertThat(rule.target().matches("any", Severity.P1, Map.of())).isFalse();
  }

  @Test
  void shouldHaveNoRulesWhenTheCatalogListsNone() throws IOException {
    LoadResult result = CatalogLoader.parse(Files.readString(MINIMAL), "test.yaml");

    assertThat(((LoadResult.Loaded) result).catalog().inhibitRules()).isEmpty();
  }

  @Test
  void shouldRefuseEqualLabelsWithoutNamespaceAndService() throws IOException {
    LoadResult result =
        withRules(
            """
              - name: too-wide
                source: {severities: [P1]}
                target: {severities: [P2]}
                equal: [namespace]
            """);

    assertThat(problems(result))
        .anySatisfy(
            problem -> {
              assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
              assertThat(problem.message()).contains("without both namespace and service");
            });
  }

  @Test
  void shouldRefuseAnEqualLabelASourceIncidentDoesNotKnow() throws IOException {
    LoadResult result =
        withRules(
            """
              - name: by-instance
                source: {runbooks: [unclassified]}
                target: {}
                equal: [namespace, service, instance]
            """);

    assertThat(problems(result))
        .anySatisfy(problem -> assertThat(problem.message()).contains("'instance'"));
  }

  @Test
  void shouldRefuseAnUnknownRunbookAndADuplicateName() throws IOException {
    LoadResult result =
        withRules(
            """
              - name: twice
                source: {runbooks: [no-such-runbook]}
                target: {}
                equal: [namespace, service]
              - name: twice
                source: {}
                target: {}
                equal: [namespace, service]
            """);

    assertThat(problems(result))
        .extracting(Problem::kind)
        .contains(ProblemKind.UNKNOWN_REFERENCE, ProblemKind.DUPLICATE_ID);
  }
}
