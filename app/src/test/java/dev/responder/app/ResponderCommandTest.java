package dev.responder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ResponderCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void shouldPrintUsageWithEveryCommandForHelp() {
    int exit = run("--help");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("Usage: responder").contains("demo");
  }

  @Test
  void shouldPrintVersion() {
    int exit = run("--version");

    assertThat(exit).isZero();
    assertThat(out.toString()).startsWith("responder ");
  }

  @Test
  void shouldRefuseAnUnknownDemoScenarioNamingTheFive() {
    int exit = run("demo", "--scenario", "meteor-strike");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("no scenario 'meteor-strike'")
        .contains("worker-queue-stuck")
        .contains("api-unresponsive");
  }

  @Test
  void shouldRejectUnknownCommandWithUsage() {
    int exit = run("frobnicate");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("Unmatched argument");
  }
}
