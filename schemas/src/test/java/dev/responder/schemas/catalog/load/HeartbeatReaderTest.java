package dev.responder.schemas.catalog.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Heartbeat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog's {@code heartbeats}: read with matchers and window, refused when unusable. */
class HeartbeatReaderTest {

  private static final Path MINIMAL = Path.of("src/test/resources/catalog/minimal.yaml");

  private static LoadResult withHeartbeats(String heartbeats) throws IOException {
    return CatalogLoader.parse(
        Files.readString(MINIMAL) + "heartbeats:\n" + heartbeats, "test.yaml");
  }

  private static List<Problem> problems(LoadResult result) {
    assertThat(result).isInstanceOf(LoadResult.Rejected.class);
    return ((LoadResult.Rejected) result).problems();
  }

  @Test
  void shouldReadAHeartbeatWithItsMatchersAndWindow() throws IOException {
    LoadResult result =
        withHeartbeats(
            """
              - name: alertmanager
                matchers: ['alertname="Watchdog"']
                missingAfter: 10m
            """);

    assertThat(result).isInstanceOf(LoadResult.Loaded.class);
    Heartbeat heartbeat = ((LoadResult.Loaded) result).catalog().heartbeats().get(0);
    assertThat(heartbeat.name()).isEqualTo("alertmanager");
    assertThat(heartbeat.missingAfter()).isEqualTo(Duration.ofMinutes(10));
    assertThat(heartbeat.matchers().matches(Map.of("alertname", "Watchdog"))).isTrue();
    assertThat(heartbeat.matchers().matches(Map.of("alertname", "ApiDown"))).isFalse();
  }

  @Test
  void shouldHaveNoHeartbeatsWhenTheCatalogListsNone() throws IOException {
    Catalog catalog =
        ((LoadResult.Loaded) CatalogLoader.parse(Files.readString(MINIMAL), "test.yaml")).catalog();

    assertThat(catalog.heartbeats()).isEmpty();
  }

  @Test
  void shouldRefuseAWindowShorterThanAMinuteNamingTheHeartbeat() throws IOException {
    LoadResult result =
        withHeartbeats(
            """
              - name: alertmanager
                matchers: ['alertname="Watchdog"']
                missingAfter: 10s
            """);

    assertThat(problems(result))
        .anySatisfy(problem -> assertThat(problem.message()).contains("heartbeat 'alertmanager'"));
  }

  @Test
  void shouldRefuseTwoHeartbeatsWithOneName() throws IOException {
    LoadResult result =
        withHeartbeats(
            """
              - name: alertmanager
                matchers: ['alertname="Watchdog"']
                missingAfter: 10m
              - name: alertmanager
                matchers: ['alertname="Other"']
                missingAfter: 10m
            """);

    assertThat(problems(result))
        .anySatisfy(problem -> assertThat(problem.message()).contains("alertmanager"));
  }
}
