package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** promtool and amtool, the tools operators run, accept the rules, their tests and the config. */
class OperatorToolsIT {

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

  @Test
  void shouldPassAmtoolCheckConfig() {
    Tool.Run run =
        Tool.AMTOOL
            .require()
            .run(DeployFiles.deploy("alertmanager"), "check-config", "alertmanager.yml");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("SUCCESS");
  }
}
