package dev.responder.app.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OperatorCommandsTest {

  @TempDir Path root;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true)).setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void shouldRegisterEveryOperatorCommand() {
    assertThat(Main.commandLine().getSubcommands())
        .containsKeys(
            "ack",
            "resolve",
            "assign",
            "comment",
            "approve",
            "reject",
            "approvals",
            "silence",
            "oncall");
    assertThat(Main.commandLine().getSubcommands().get("silence").getSubcommands())
        .containsKeys("create", "list", "expire");
    assertThat(Main.commandLine().getSubcommands().get("oncall").getSubcommands())
        .containsKeys("show", "override");
  }

  @Test
  void shouldSayHowToFindTheApiWhenNoLocalStackRuns() {
    int exit = run("approvals", "--root", root.toString());

    assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("no operator API").contains("--url");
  }

  @Test
  void shouldNameAMissingTokenFile() {
    int exit =
        run(
            "ack",
            "INC-1",
            "--url",
            "http://127.0.0.1:1",
            "--token-file",
            root.resolve("nope").toString());

    assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("no token file");
  }

  @Test
  void shouldExitUnavailableWhenTheApiDoesNotAnswer() throws Exception {
    Path token = Files.writeString(root.resolve("token"), "t\n");

    int exit = run("ack", "INC-1", "--url", "http://127.0.0.1:1", "--token-file", token.toString());

    assertThat(exit).isEqualTo(OperatorCommand.UNAVAILABLE);
    assertThat(err.toString()).contains("cannot reach the operator API");
  }

  @Test
  void shouldKeepTheSlashesOfAnActionKeyAndEncodeTheRest() {
    assertThat(OperatorClient.encode("/v1/approvals/INC-1/rb/step/crm/deployment/x/approve"))
        .isEqualTo("/v1/approvals/INC-1/rb/step/crm/deployment/x/approve");
    assertThat(OperatorClient.encode("/v1/silences/a b")).isEqualTo("/v1/silences/a%20b");
  }
}
