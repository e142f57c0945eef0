package dev.responder.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.CorrelatorConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;

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

    assertThat(exit).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains(CorrelatorConfig.BOOTSTRAP).contains("required");
  }

  @Test
  void shouldNameTheSettingWithAnUnreadableDuration() {
    int exit =
        run(
            Map.of(
                CorrelatorConfig.BOOTSTRAP, "localhost:9092",
                CorrelatorConfig.FLAP_WINDOW, "half an hour"));

    assertThat(exit).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains(CorrelatorConfig.FLAP_WINDOW).contains("half an hour");
  }

  @Test
  void shouldRefuseToStartWithoutAReadableCatalog() {
    int exit =
        run(
            Map.of(
                CorrelatorConfig.BOOTSTRAP, "localhost:9092",
                CorrelatorConfig.CATALOG, "no/such/catalog.yaml"));

    assertThat(exit).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("no/such/catalog.yaml");
  }
}
