package dev.responder.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.CorrelatorConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CorrelatorCommandTest {

  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> environment) {
    CommandLine commandLine = new CommandLine(new CorrelatorCommand(environment));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute();
  }

  @Test
  void shouldNameTheMissingBootstrapSetting() {
    int exit = run(Map.of());

    assertThat(exit).isEqualTo(CorrelatorCommand.BAD_CONFIGURATION);
    assertThat(err.toString()).contains(CorrelatorConfig.BOOTSTRAP).contains("required");
  }

  @Test
  void shouldNameTheSettingWithAnUnreadableDuration() {
    int exit =
        run(
            Map.of(
                CorrelatorConfig.BOOTSTRAP, "localhost:9092",
                CorrelatorConfig.FLAP_WINDOW, "half an hour"));

    assertThat(exit).isEqualTo(CorrelatorCommand.BAD_CONFIGURATION);
    assertThat(err.toString()).contains(CorrelatorConfig.FLAP_WINDOW).contains("half an hour");
  }

  @Test
  void shouldSayPlainlyThatNothingWasStartedUntilTheCatalogIsWired() {
    int exit = run(Map.of(CorrelatorConfig.BOOTSTRAP, "localhost:9092"));

    assertThat(exit).isEqualTo(CorrelatorCommand.CATALOG_NOT_YET_WIRED);
    assertThat(err.toString()).contains("nothing was started");
  }
}
