package dev.responder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OperatorApiCommandTest {

  private final StringWriter err = new StringWriter();

  @TempDir Path directory;

  private int run(Map<String, String> environment, String... args) {
    CommandLine commandLine = new CommandLine(new OperatorApiCommand(environment));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void shouldNameTheMissingEntryWhenNoUsersFileIsConfigured() {
    int exit = run(Map.of());

    assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString())
        .startsWith("responder operator-api: ")
        .contains("RESPONDER_OPERATOR_USERS_FILE");
  }

  @Test
  void shouldRefuseAUsersFileHoldingAPlainPasswordBeforeConnectingToKafka() throws IOException {
    Path users =
        Files.writeString(
            directory.resolve("users.yaml"),
            "users:\n  carol:\n    role: approver\n    password: hunter2\n");
    Map<String, String> env =
        Map.of(
            "RESPONDER_OPERATOR_USERS_FILE", users.toString(),
            "RESPONDER_CATALOG", "../runbooks/crm.yaml",
            // Nothing listens on the discard port: were Kafka reached first, this would hang.
            "RESPONDER_KAFKA_BOOTSTRAP", "127.0.0.1:9");

    int exit = run(env);

    assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString())
        .contains("carol")
        .contains("password must be a bcrypt hash")
        .doesNotContain("hunter2");
  }
}
