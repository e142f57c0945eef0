package dev.responder.schemas.catalog.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest(name = "{0} = {1}s")
  @CsvSource({"15m, 900", "1h, 3600", "1h30m, 5400", "7d, 604800", "5s, 5", "0s, 0"})
  void shouldReadPrometheusStyleDurations(String text, long seconds) {
    assertThat(Durations.parse(text)).contains(Duration.ofSeconds(seconds));
    assertThat(Durations.format(Duration.ofSeconds(seconds))).isEqualTo(text);
  }

  @ParameterizedTest(name = "rejects \"{0}\"")
  @ValueSource(strings = {"", "15", "15 minutes", "m", "30m1h", "PT15M", "-5m", "1.5h"})
  void shouldRejectAnythingElse(String text) {
    assertThat(Durations.parse(text)).isEmpty();
  }
}
