package dev.responder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {

  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> environment, String... args) {
    CommandLine commandLine = new CommandLine(new IngestCommand(environment));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void shouldRefuseAnInvalidConfigFileNamingTheEntry(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("ingest.properties"), "RESPONDER_INGEST_PORT=http\n");

    int exit = run(Map.of(), "--config", file.toString());

    assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString())
        .contains("RESPONDER_INGEST_PORT must be a port number from 0 to 65535, was 'http'");
  }

  @Test
  void shouldLetTheEnvironmentOverrideTheConfigFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("ingest.properties"), "RESPONDER_INGEST_PORT=8080\n");

    int exit = run(Map.of("RESPONDER_INGEST_MAX_ALERTS", "0"), "--config", file.toString());

    assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("RESPONDER_INGEST_MAX_ALERTS must be an integer from 1");
  }

  @Test
  void shouldSayWhichConfigFileCannotBeRead(@TempDir Path dir) {
    int exit = run(Map.of(), "--config", dir.resolve("missing.properties").toString());

    assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("cannot read --config").contains("missing.properties");
  }
}
