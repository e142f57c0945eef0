package dev.responder.schemas.catalog.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@link CatalogLoader#require}: the catalog, or one exception naming the file and every problem.
 */
class RequireCatalogTest {

  private static final Path DIR = Path.of("src/test/resources/catalog");

  @Test
  void shouldReturnTheCatalogOfAValidFile() {
    assertThat(CatalogLoader.require(DIR.resolve("minimal.yaml")).version()).isNotBlank();
  }

  @Test
  void shouldFailNamingTheFileAndEveryProblemCompilerStyle() {
    // given
    Path file = DIR.resolve("broken/unknown-operation.yaml");

    // when
    InvalidCatalogException thrown =
        catchThrowableOfType(InvalidCatalogException.class, () -> CatalogLoader.require(file));

    // then
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    assertThat(thrown.problems()).isNotEmpty();
    assertThat(thrown.getMessage())
        .startsWith("runbook catalog " + file + " is invalid:\n")
        .contains(file + ":47:20: error[unknown-operation] ")
        .contains("(hint: did you mean 'redis.queueDepth'?)");
    assertThat(thrown.getMessage().lines().skip(1))
        .hasSize(thrown.problems().size())
        .allMatch(line -> line.startsWith(file + ":") && line.contains(": error["));
  }
}
