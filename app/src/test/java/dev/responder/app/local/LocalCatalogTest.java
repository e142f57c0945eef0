package dev.responder.app.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import dev.responder.schemas.catalog.operation.Parameters;
import dev.responder.schemas.catalog.operation.TargetKind;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

  @Test
  void shouldCapTheRunbooksWaitsForTheDemoAndSayWhichItChanged() throws Exception {
    // when
    LocalCatalog.Derived derived =
        LocalCatalog.derive(shippedCatalog(), "runbooks/crm.yaml", SIMULATED, LocalTimings.DEMO);

    // then
    Catalog catalog = ((LoadResult.Loaded) CatalogLoader.parse(derived.yaml(), "d")).catalog();
    assertThat(catalog.runbooks())
        .allSatisfy(
            runbook -> assertThat(runbook.verification().after()).isEqualTo(Duration.ofSeconds(5)));
    assertThat(
            step(catalog, "database-connections-exhausted", "terminate_idle").duration("idleFor"))
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(step(catalog, "social-publishing-failed", "retry_rate_limited").duration("delay"))
        .isEqualTo(Duration.ofSeconds(5));
    assertThat(derived.changes())
        .contains(
            "api-unresponsive: verify.after 2m -> 5s",
            "database-connections-exhausted: terminate_idle.idleFor 10m -> 1m",
            "social-publishing-failed: retry_rate_limited.delay 15m -> 5s")
        .hasSize(7);
    assertThat(derived.yaml().lines().findFirst().orElseThrow())
        .contains("waits shortened for the demo");
  }

  @Test
  void shouldKeepTheCatalogsWaitsAsWritten() throws Exception {
    // when
    LocalCatalog.Derived derived =
        LocalCatalog.derive(
            shippedCatalog(), "runbooks/crm.yaml", SIMULATED, LocalTimings.AS_WRITTEN);

    // then
    assertThat(derived.changes()).isEmpty();
    assertThat(derived.yaml()).contains("after: 2m").contains("idleFor: 10m");
  }

  private static Parameters step(Catalog catalog, String runbook, String step) {
    return catalog.runbook(runbook).orElseThrow().actions().stream()
        .filter(candidate -> candidate.id().equals(step))
        .findFirst()
        .orElseThrow()
        .params();
  }
}
