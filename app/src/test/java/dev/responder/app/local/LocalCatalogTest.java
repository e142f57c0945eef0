package dev.responder.app.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import dev.responder.schemas.catalog.operation.TargetKind;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalCatalogTest {

  private static final String PLACEHOLDER = "https://crm-api.crm.example/health";
  private static final URI SIMULATED = URI.create("http://127.0.0.1:45678/health");

  private static String shippedCatalog() throws Exception {
    return Files.readString(Path.of("..", "runbooks", "crm.yaml"));
  }

  @Test
  void shouldPointEveryUseOfTheHealthEndpointAtTheSimulatedBackend() throws Exception {
    // when
    String derived = LocalCatalog.derive(shippedCatalog(), "runbooks/crm.yaml", SIMULATED);

    // then
    LoadResult loaded = CatalogLoader.parse(derived, "derived");
    assertThat(loaded).isInstanceOf(LoadResult.Loaded.class);
    assertThat(((LoadResult.Loaded) loaded).catalog().allowlists().of(TargetKind.HEALTH_ENDPOINT))
        .containsExactly(SIMULATED.toString());
    assertThat(derived.lines().skip(1)).noneMatch(line -> line.contains(PLACEHOLDER));
    assertThat(derived).startsWith("# Derived by './responder local' from runbooks/crm.yaml");
  }

  @Test
  void shouldRefuseACatalogWithMoreThanOneHealthEndpoint() throws Exception {
    // given
    String twoEndpoints =
        shippedCatalog()
            .replace(
                "healthEndpoints: [\"" + PLACEHOLDER + "\"]",
                "healthEndpoints: [\"" + PLACEHOLDER + "\", \"https://other.example/health\"]");

    // then
    assertThatThrownBy(() -> LocalCatalog.derive(twoEndpoints, "two.yaml", SIMULATED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two.yaml")
        .hasMessageContaining("must list exactly one URL");
  }

  @Test
  void shouldRefuseAnInvalidCatalogWithTheLoadersProblems() {
    assertThatThrownBy(() -> LocalCatalog.derive("version: 1\n", "broken.yaml", SIMULATED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("broken.yaml is not a valid catalog:")
        .hasMessageContaining("broken.yaml:");
  }
}
