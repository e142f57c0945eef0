package dev.responder.schemas.catalog.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the runbook catalog loader with arbitrary YAML. Its contract is that it never throws for a
 * bad catalog: the result is the catalog or every problem, each with a position, a kind and a
 * message. Seeds (in {@code CatalogLoaderFuzzTestInputs/}) are the shipped CRM catalog, the minimal
 * test catalog and one file per documented problem kind.
 */
class CatalogLoaderFuzzTest {

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void shouldLoadOrListEveryProblem(byte[] input) {
    String yaml = new String(input, StandardCharsets.UTF_8);

    LoadResult result = CatalogLoader.parse(yaml, "fuzz.yaml");

    if (result instanceof LoadResult.Rejected rejected) {
      assertThat(rejected.problems()).isNotEmpty();
      for (Problem problem : rejected.problems()) {
        assertThat(problem.line()).isPositive();
        assertThat(problem.column()).isPositive();
        assertThat(problem.kind()).isNotNull();
        assertThat(problem.message()).isNotBlank();
        assertThat(problem.format("fuzz.yaml")).startsWith("fuzz.yaml:");
      }
    } else {
      assertThat(((LoadResult.Loaded) result).catalog()).isNotNull();
    }
  }
}
