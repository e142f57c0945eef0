package dev.responder.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.CorrelatorConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;

class CorrelatorCommandTest {

  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> environment, String... args) {
    CommandLine commandLine = new CommandLine(new CorrelatorCommand(environment));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private static Path configFile(Path dir, String... entries) throws IOException {
    return Files.write(dir.resolve("correlator.properties"), List.of(entries));
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

  @Test
  void shouldReadItsSettingsFromTheConfigFile(@TempDir Path dir) throws Exception {
    Path file =
        configFile(
            dir,
            CorrelatorConfig.BOOTSTRAP + "=localhost:9092",
            CorrelatorConfig.DEDUP_HORIZON + "=twelve hours");

    int exit = run(Map.of(), "--config", file.toString());

    assertThat(exit).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString())
        .contains("responder correlator: " + CorrelatorConfig.DEDUP_HORIZON)
        .contains("twelve hours");
  }

  @Test
  void shouldLetTheEnvironmentOverrideTheConfigFile(@TempDir Path dir) throws Exception {
    Path file =
        configFile(
            dir,
            CorrelatorConfig.BOOTSTRAP + "=localhost:9092",
            CorrelatorConfig.CATALOG + "=from/the/file.yaml");

    int exit =
        run(
            Map.of(CorrelatorConfig.CATALOG, "from/the/environment.yaml"),
            "--config",
            file.toString());

    assertThat(exit).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString())
        .contains("from/the/environment.yaml")
        .doesNotContain("from/the/file.yaml");
  }

  @Test
  void shouldSayWhichConfigFileCannotBeRead(@TempDir Path dir) {
    int exit = run(Map.of(), "--config", dir.resolve("missing.properties").toString());

    assertThat(exit).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("cannot read --config").contains("missing.properties");
  }
}
