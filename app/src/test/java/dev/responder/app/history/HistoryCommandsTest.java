package dev.responder.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The history commands' contract with a person at the terminal: clear errors before any I/O. */
class HistoryCommandsTest {

  @TempDir Path nowhere;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void shouldListTheHistoryCommandsInTheUsage() {
    run("--help");

    assertThat(out.toString())
        .contains("projection", "audit", "incidents", "timeline", "report", "replay");
  }

  @Test
  void shouldSayHowToNameTheDatabaseWhenNoLocalStackRuns() {
    int exit = run("incidents", "--endpoints", nowhere.resolve("endpoints.json").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("no database: give --jdbc URL");
  }

  @Test
  void shouldRefuseAJdbcUrlThatIsNotPostgres() {
    int exit = run("timeline", "INC-1", "--jdbc", "jdbc:mysql://db/crm");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("a PostgreSQL JDBC URL");
  }

  @Test
  void shouldRequireACandidateCatalogForReplay() {
    int exit = run("replay");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--catalog");
  }

  @Test
  void shouldNameABadReplayTime() {
    int exit =
        run(
            "replay",
            "--catalog",
            "runbooks/crm.yaml",
            "--bootstrap",
            "127.0.0.1:1",
            "--from",
            "yesterday");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--from must be an ISO instant");
  }

  @Test
  void shouldOnlyKnowHowToVerifyTheAudit() {
    int exit = run("audit", "erase", "--jdbc", "jdbc:postgresql://127.0.0.1:1/crm");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("use 'responder audit verify'");
  }
}
