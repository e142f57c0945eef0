package dev.responder.remediator.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.guard.Switches;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeSwitchesTest {

  @TempDir Path dir;

  private RuntimeSwitches fromFiles(boolean killFlag, boolean dryRunFlag) {
    return new RuntimeSwitches(
        killFlag,
        Optional.of(dir.resolve("kill-switch")),
        dryRunFlag,
        Optional.of(dir.resolve("dry-run")));
  }

  @Test
  void shouldBeLiveWhileNoFileExists() {
    assertThat(fromFiles(false, false).get()).isEqualTo(Switches.LIVE);
  }

  @Test
  void shouldTurnTheKillSwitchOnAndOffAsItsFileChanges() throws IOException {
    RuntimeSwitches switches = fromFiles(false, false);

    Files.writeString(dir.resolve("kill-switch"), "on\n");
    boolean afterOn = switches.get().killSwitch();
    Files.writeString(dir.resolve("kill-switch"), "off\n");
    boolean afterOff = switches.get().killSwitch();

    assertThat(afterOn).isTrue();
    assertThat(afterOff).isFalse();
  }

  @Test
  void shouldTurnDryRunOnFromItsFileAlone() throws IOException {
    Files.writeString(dir.resolve("dry-run"), "true");

    assertThat(fromFiles(false, false).get()).isEqualTo(new Switches(false, true));
  }

  @Test
  void shouldKeepAStartTimeFlagOnWhateverTheFileSays() throws IOException {
    Files.writeString(dir.resolve("kill-switch"), "off");

    assertThat(fromFiles(true, false).get().killSwitch()).isTrue();
  }

  @Test
  void shouldReadAPresentFileThatSaysNothingClearAsOn() {
    assertThat(RuntimeSwitches.means("")).isTrue();
    assertThat(RuntimeSwitches.means("stop everything")).isTrue();
    assertThat(RuntimeSwitches.means(" OFF ")).isFalse();
    assertThat(RuntimeSwitches.means(null)).as("absent").isFalse();
  }

  @Test
  void shouldTreatAnUnreadableFileAsOn() throws IOException {
    Files.createDirectory(dir.resolve("kill-switch"));

    assertThat(fromFiles(false, false).get().killSwitch()).isTrue();
  }
}
