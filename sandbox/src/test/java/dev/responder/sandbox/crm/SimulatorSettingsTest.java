package dev.responder.sandbox.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorSettingsTest {

  @Test
  void shouldTakeTheDefaultsForAbsentEntries() {
    // when
    SimulatorSettings settings = SimulatorSettings.fromMap(Map.of());

    // then
    assertThat(settings).isEqualTo(SimulatorSettings.DEFAULTS);
  }

  @Test
  void shouldReadEveryEntry() {
    // when
    SimulatorSettings settings =
        SimulatorSettings.fromMap(
            Map.of(
                SimulatorSettings.WORKER_RATE, "12.5",
                SimulatorSettings.TICK_MS, "50",
                SimulatorSettings.SEED, "42",
                SimulatorSettings.LOG_LINES, "10"));

    // then
    assertThat(settings).isEqualTo(new SimulatorSettings(12.5, Duration.ofMillis(50), 42, 10));
  }

  @Test
  void shouldNameTheEntryThatIsNotANumber() {
    assertThatThrownBy(() -> SimulatorSettings.fromMap(Map.of(SimulatorSettings.TICK_MS, "fast")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RESPONDER_SIMULATOR_TICK_MS must be a whole number, was 'fast'");
  }

  @Test
  void shouldRefuseARateOutOfRange() {
    assertThatThrownBy(() -> SimulatorSettings.fromMap(Map.of(SimulatorSettings.WORKER_RATE, "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RESPONDER_SIMULATOR_WORKER_RATE must be more than 0");
  }
}
