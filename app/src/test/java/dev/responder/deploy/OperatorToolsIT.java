package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** promtool and amtool, the tools operators run, accept the rules, their tests and the config. */
class OperatorToolsIT {

  private static final Logger LOGGER = LoggerFactory.getLogger(OperatorToolsIT.class);

  private static final Path PROMETHEUS = DeployFiles.deploy("prometheus");

  @Test
  void shouldPassPromtoolCheckRules() {
    Tool.Run run = Tool.PROMTOOL.require().run(PROMETHEUS, "check", "rules", "responder-rules.yml");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("SUCCESS");
  }

  @Test
  void shouldPassEveryPromtoolRuleUnitTest() throws IOException {
    List<String> args = new ArrayList<>(List.of("test", "rules"));
    try (Stream<Path> tests = Files.list(PROMETHEUS.resolve("tests"))) {
      tests.sorted().forEach(test -> args.add(PROMETHEUS.relativize(test).toString()));
    }

    Tool.Run run = Tool.PROMTOOL.require().run(PROMETHEUS, args.toArray(String[]::new));

    assertThat(args).hasSizeGreaterThan(2);
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).doesNotContain("FAILED");
  }

  /**
   * The file as shipped where amtool knows every field. Debian 12's amtool is 0.25, which predates
   * the webhook {@code timeout} (Alertmanager 0.28): there it must refuse the shipped file for that
   * field and nothing else, and accept the file without that line.
   */
  @Test
  void shouldPassAmtoolCheckConfig(@TempDir Path scratch) throws IOException {
    Tool amtool = Tool.AMTOOL.require();
    Path shipped = DeployFiles.deploy("alertmanager/alertmanager.yml");
    Tool.Run asShipped = amtool.run(shipped.getParent(), "check-config", "alertmanager.yml");
    if (knowsWebhookTimeouts(amtool)) {
      assertThat(asShipped.exitCode()).as(asShipped.output()).isZero();
      assertThat(asShipped.output()).contains("SUCCESS");
      return;
    }
    LOGGER.warn(
        "amtool predates Alertmanager 0.28: checking alertmanager.yml without the webhook timeout");
    assertThat(asShipped.exitCode()).isNotZero();
    assertThat(asShipped.output()).contains("field timeout not found");
    List<String> lines = Files.readAllLines(shipped);
    List<String> withoutTimeout =
        lines.stream().filter(line -> !line.strip().startsWith("timeout:")).toList();
    Files.write(scratch.resolve("alertmanager.yml"), withoutTimeout);

    Tool.Run run = amtool.run(scratch, "check-config", "alertmanager.yml");

    assertThat(lines.size() - withoutTimeout.size()).isEqualTo(1);
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("SUCCESS");
  }

  private static boolean knowsWebhookTimeouts(Tool amtool) {
    String version = amtool.run(Path.of("."), "--version").output();
    Matcher release = Pattern.compile("version (\\d+)\\.(\\d+)").matcher(version);
    assertThat(release.find()).as(version).isTrue();
    int major = Integer.parseInt(release.group(1));
    int minor = Integer.parseInt(release.group(2));
    return major > 0 || minor >= 28;
  }
}
