package dev.responder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RemediatorCommandTest {

  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> environment, String... args) {
    CommandLine commandLine = new CommandLine(new RemediatorCommand(environment));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void shouldNameTheMissingEntryWhenTheCrmDatabaseIsNotConfigured() {
    int exit = run(Map.of());

    assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("RESPONDER_CRM_JDBC_URL is required");
  }

  @Test
  void shouldRefuseAFlagThatIsNeitherTrueNorFalse() {
    Map<String, String> env =
        Map.of(
            "RESPONDER_CRM_JDBC_URL", "jdbc:postgresql://db/crm",
            "RESPONDER_CRM_DB_USER", "remediator",
            "RESPONDER_REDIS_URL", "redis://redis:6379",
            "RESPONDER_NOTIFY_WEBHOOK", "https://hooks.example/x",
            "RESPONDER_REMEDIATOR_DRY_RUN", "maybe");

    int exit = run(env);

    assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString())
        .contains(
            "RESPONDER_REMEDIATOR_DRY_RUN must be true or false (or yes/no, on/off, 1/0), was 'maybe'");
  }

  @Test
  void shouldRefuseAHealthUrlOverrideForAnEndpointTheCatalogDoesNotAllow() {
    Map<String, String> env =
        Map.of(
            "RESPONDER_CATALOG", "../runbooks/crm.yaml",
            "RESPONDER_CRM_JDBC_URL", "jdbc:postgresql://db/crm",
            "RESPONDER_CRM_DB_USER", "remediator",
            "RESPONDER_REDIS_URL", "redis://redis:6379",
            "RESPONDER_NOTIFY_WEBHOOK", "https://hooks.example/x",
            "RESPONDER_REMEDIATOR_HEALTH_URL_OVERRIDES",
                "https://elsewhere.example/health=http://127.0.0.1:8080/health");

    int exit = run(env);

    assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString())
        .contains(
            "RESPONDER_REMEDIATOR_HEALTH_URL_OVERRIDES maps [https://elsewhere.example/health],"
                + " not in the catalog's allowlists.healthEndpoints");
  }

  @Test
  void shouldReportAnUnreachableDatabaseAsAFailureToStartNotAsAUsageError() {
    Map<String, String> env =
        Map.of(
            "RESPONDER_CATALOG", "../runbooks/crm.yaml",
            // Nothing listens on the discard port: the connection is refused at once.
            "RESPONDER_CRM_JDBC_URL", "jdbc:postgresql://127.0.0.1:9/crm",
            "RESPONDER_CRM_DB_USER", "remediator",
            "RESPONDER_REDIS_URL", "redis://127.0.0.1:9",
            "RESPONDER_NOTIFY_WEBHOOK", "https://hooks.example/x",
            "RESPONDER_REMEDIATOR_CALL_TIMEOUT_SECONDS", "1");

    int exit = run(env);

    assertThat(exit).isEqualTo(CommandLine.ExitCode.SOFTWARE);
    assertThat(err.toString())
        .contains("responder remediator: cannot start: the remediator could not start")
        .doesNotContain("Usage:");
  }

  @Test
  void shouldBeListedUnderTheResponderCommand() {
    assertThat(Main.commandLine().getSubcommands()).containsKey("remediator");
  }
}
