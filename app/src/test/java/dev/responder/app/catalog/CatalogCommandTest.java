package dev.responder.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.app.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code responder catalog check} and {@code explain}, run as a user runs them. */
class CatalogCommandTest {

  private static final String CRM = Path.of("../runbooks/crm.yaml").toString();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private int explain(String... options) {
    String[] args = new String[options.length + 3];
    args[0] = "catalog";
    args[1] = "explain";
    args[2] = CRM;
    System.arraycopy(options, 0, args, 3, options.length);
    return run(args);
  }

  @Test
  void shouldListCheckAndExplainInTheHelp() {
    int exit = run("catalog", "--help");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("check", "explain");
  }

  @Test
  void shouldAcceptTheShippedCatalogWithAOneLineSummary() {
    int exit = run("catalog", "check", CRM);

    assertThat(exit).isZero();
    assertThat(out.toString().lines())
        .singleElement()
        .asString()
        .contains("valid, catalog version 2026.12.1", "5 runbooks", "16 operations");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void shouldListEveryProblemWithLineColumnAndHint(@TempDir Path dir) throws IOException {
    String broken =
        Files.readString(Path.of(CRM))
            .replace("operation: redis.queueDepth", "operation: redis.queueDepht")
            .replace("cooldown: 30m", "cooldown: half an hour");
    Path file = Files.writeString(dir.resolve("crm.yaml"), broken);

    int exit = run("catalog", "check", file.toString());

    assertThat(exit).isEqualTo(CatalogFile.INVALID);
    assertThat(err.toString())
        .containsPattern(
            "crm\\.yaml:\\d+:\\d+: error\\[unknown-operation\\] .*redis\\.queueDepht.*did you mean 'redis\\.queueDepth'")
        .containsPattern("crm\\.yaml:\\d+:\\d+: error\\[invalid-duration\\] .*half an hour")
        .contains("problems; the catalog was not accepted");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void shouldSayWhenTheFileCannotBeRead() {
    int exit = run("catalog", "check", "no/such/catalog.yaml");

    assertThat(exit).isEqualTo(CatalogFile.INVALID);
    assertThat(err.toString()).contains("cannot read no/such/catalog.yaml");
  }

  @Test
  void shouldExplainTheP1UpgradeOfACriticalApiAlert() {
    int exit =
        explain(
            "--labels",
            "alertname=HighErrorRate,namespace=crm,service=crm-backend,severity=critical",
            "--at",
            "2026-11-27T05:08:37Z");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("runbook:      api-unresponsive (API Unresponsive)")
        .contains("severity:     P1: raised from P2 to P1 by {severity=\"critical\"}")
        .contains("respond by:   2026-11-27T05:23:37Z (15m after detection)")
        .contains("incident:     api-unresponsive{namespace=\"crm\"}")
        .contains("approval:     required at P1");
  }

  @Test
  void shouldExplainACrmEventAndTheP4DeadlineAcrossAWeekend() {
    int exit =
        explain(
            "--labels",
            "severity=info",
            "--event-type",
            "social.publish.failed",
            "--at",
            "2026-11-27T16:30:00Z");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("runbook:      social-publishing-failed")
        .contains("matched by:   event type social.publish.failed")
        .contains("severity:     P4")
        .contains("respond by:   2026-11-30T08:00:00Z");
  }

  @Test
  void shouldExplainThatAnUnmatchedAlertOnlyNotifies() {
    int exit = explain("--labels", "alertname=DiskFull,severity=critical");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("runbook:      unclassified")
        .contains("severity:     P1: label severity=\"critical\" maps to P1")
        .contains("actions:      none: unclassified incidents only notify");
  }
}
