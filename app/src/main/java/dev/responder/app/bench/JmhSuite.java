package dev.responder.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JMH microbenchmarks of the hot paths (module {@code bench/jmh}, built only under the Maven
 * profile {@code bench}, so {@code mvn verify} neither compiles nor runs them): built by the
 * launcher after everything else, run by JMH's own main, their scores read back from JMH's JSON. A
 * benchmark named {@code ...Baseline} is the baseline of the one with the same name before it.
 */
final class JmhSuite {

  private final BenchSettings settings;
  private final BenchReport report;
  private final Path work;
  private final Progress progress;

  JmhSuite(BenchSettings settings, BenchReport report, Path work, Progress progress) {
    this.settings = settings;
    this.report = report;
    this.work = work;
    this.progress = progress;
  }

  void run(Path root) throws Exception {
    Files.createDirectories(work);
    Path module = root.resolve("bench/jmh/target");
    if (!Files.isRegularFile(module.resolve("jmh.classpath"))) {
      // Built by the launcher after everything else; never here, under this running JVM's jars.
      throw new IllegalStateException(
          "bench/jmh is not built (the launcher printed why); build it with"
              + " mvn -Pbench -pl bench/jmh -am package -DskipTests");
    }
    String classpath =
        module.resolve("classes") + ":" + Files.readString(module.resolve("jmh.classpath")).trim();
    Path results = work.resolve("jmh.json");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.apache.avro.limits.string.maxLength=1048576",
                "-Dorg.apache.avro.limits.bytes.maxLength=1048576",
                "-Dresponder.root=" + root,
                "-cp",
                classpath,
                "org.openjdk.jmh.Main",
                "-rf",
                "json",
                "-rff",
                results.toString()));
    command.addAll(
        settings.quick()
            // Quick: in this JVM's fork of JMH (-f 0) to spare 19 JVM start-ups; the full run
            // forks.
            // and without the group of 1,000, whose set-up alone takes minutes with today's state
            // model.
            ? List.of(
                "-f", "0", "-wi", "1", "-w", "1s", "-i", "1", "-r", "1s", "-p", "members=1,100")
            : List.of("-f", "1", "-wi", "3", "-w", "2s", "-i", "5", "-r", "2s"));
    progress.say(
        "jmh: running ("
            + String.join(
                " ", command.subList(command.indexOf(results.toString()) + 1, command.size()))
            + ")");
    exec(root, work.resolve("jmh-run.log"), 1800, command.toArray(String[]::new));
    read(results);
  }

  /** One benchmark's score; a method named {@code xBaseline} is the baseline of {@code x}. */
  private record Score(
      String method, String params, double score, double error, String unit, String mode) {}

  private void read(Path results) throws IOException {
    List<Score> scores = new ArrayList<>();
    for (JsonNode run : new ObjectMapper().readTree(results.toFile())) {
      String benchmark = run.get("benchmark").asText();
      String method =
          benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      JsonNode params = run.get("params");
      JsonNode metric = run.get("primaryMetric");
      scores.add(
          new Score(
              method,
              params == null ? "" : " " + params.toString().replace("\"", ""),
              metric.get("score").asDouble(),
              metric.get("scoreError").asDouble(),
              metric.get("scoreUnit").asText(),
              run.get("mode").asText()));
    }
    for (Score score : scores) {
      if (score.method().endsWith("Baseline")) {
        continue;
      }
      String note =
          String.format(
              "%s, error %s %s (99.9%%)",
              score.mode(), BenchReport.number(score.error()), score.unit());
      Score baseline =
          scores.stream()
              .filter(
                  b ->
                      b.method().equals(score.method() + "Baseline")
                          && b.params().equals(score.params()))
              .findFirst()
              .orElse(null);
      String name = score.method() + score.params();
      report.add(
          baseline == null
              ? Figure.alone("jmh", name, score.score(), score.unit(), note)
              : new Figure(
                  "jmh",
                  name,
                  score.score(),
                  score.unit(),
                  baseline.method() + baseline.params(),
                  baseline.score(),
                  note));
    }
  }

  private static void exec(Path directory, Path log, long timeoutSeconds, String... command)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          command[0] + " did not finish in " + timeoutSeconds + " s; log " + log);
    }
    if (process.exitValue() != 0) {
      List<String> lines = Files.readAllLines(log);
      throw new IllegalStateException(
          command[0]
              + " exited "
              + process.exitValue()
              + ": "
              + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
    }
  }
}
