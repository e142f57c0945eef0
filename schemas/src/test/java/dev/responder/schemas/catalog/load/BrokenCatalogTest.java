package dev.responder.schemas.catalog.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One broken catalog per error class (each is {@code minimal.yaml} with one mistake): the loader
 * rejects it and reports that class of problem at the exact line and column of the mistake.
 */
class BrokenCatalogTest {

  private static final Path DIR = Path.of("src/test/resources/catalog");

  // The syntax error is where the parser notices it: the line after the unclosed brace.
  @ParameterizedTest(name = "{0} at {1}:{2}")
  @CsvSource({
    "syntax, 10, 5",
    "unknown-field, 44, 5",
    "missing-field, 37, 5",
    "unknown-operation, 47, 20",
    "misplaced-operation, 30, 18",
    "missing-parameter, 52, 17",
    "unknown-parameter, 48, 35",
    "bad-matcher, 41, 12",
    "target-not-allowed, 52, 46",
    "duplicate-id, 50, 13",
    "unreachable-escalation, 15, 5",
    "invalid-duration, 58, 17",
    "unknown-reference, 53, 23",
    "guardrail-violation, 52, 17",
  })
  void shouldReportEachErrorClassAtItsLine(String errorClass, int line, int column) {
    LoadResult result = CatalogLoader.load(DIR.resolve("broken/" + errorClass + ".yaml"));

    assertThat(result).isInstanceOf(LoadResult.Rejected.class);
    assertThat(((LoadResult.Rejected) result).problems())
        .filteredOn(p -> p.kind().code().equals(errorClass))
        .first()
        .satisfies(
            problem -> {
              assertThat(problem.line()).as("line").isEqualTo(line);
              assertThat(problem.column()).as("column").isEqualTo(column);
              assertThat(problem.hint()).as("hint").isNotBlank();
            });
  }

  @Test
  void shouldAcceptTheMinimalCatalogTheBrokenOnesDeriveFrom() {
    assertThat(CatalogLoader.load(DIR.resolve("minimal.yaml")))
        .isInstanceOf(LoadResult.Loaded.class);
  }

  @Test
  void shouldSuggestTheOperationMeantByAMisspeltOne() {
    LoadResult result = CatalogLoader.load(DIR.resolve("broken/unknown-operation.yaml"));

    assertThat(((LoadResult.Rejected) result).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.hint()).isEqualTo("did you mean 'redis.queueDepth'?"));
  }

  @Test
  void shouldReportEveryProblemOfAFileAtOnce() {
    String yaml =
        """
        version: "x"
        calender: {}
        severities: {}
        """;

    LoadResult result = CatalogLoader.parse(yaml, "inline.yaml");

    assertThat(((LoadResult.Rejected) result).problems())
        .extracting(p -> p.kind().code() + "@" + p.line())
        .contains("unknown-field@2", "missing-field@1", "missing-field@3");
  }

  @Test
  void shouldFormatAProblemLikeACompiler() {
    Problem problem =
        new Problem(
            12, 9, ProblemKind.UNKNOWN_OPERATION, "unknown operation 'x'", "did you mean 'y'?");

    assertThat(problem.format("crm.yaml"))
        .isEqualTo(
            "crm.yaml:12:9: error[unknown-operation] unknown operation 'x' (hint: did you mean 'y'?)");
  }
}
