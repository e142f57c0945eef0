package dev.responder.sandbox.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Launches Kafka's own main classes in a child JVM with the broker classpath, output appended to
 * one log file. Native libraries (zstd, snappy) unpack into the work directory, not the shared
 * /tmp.
 */
final class ChildJvm {

  /**
   * The broker JVM's memory options; local mode's launcher passes smaller ones than tests and
   * benchmarks use, so the whole demo stays within its budget (docs/local-mode.md, "Memory").
   */
  static final String MEMORY_PROPERTY = "responder.kafka.jvmMemory";

  private static final String DEFAULT_MEMORY = "-Xms128m -Xmx512m -XX:+UseG1GC";

  private final String classpath;
  private final Path workDirectory;
  private final Path logFile;

  ChildJvm(String classpath, Path workDirectory, Path logFile) {
    this.classpath = classpath;
    this.workDirectory = workDirectory;
    this.logFile = logFile;
  }

  Process start(String mainClass, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(System.getProperty(MEMORY_PROPERTY, DEFAULT_MEMORY).trim().split("\\s+")));
    command.addAll(
        List.of(
            "-Djava.awt.headless=true",
            "-Djava.io.tmpdir=" + workDirectory.resolve("tmp"),
            "-XX:ErrorFile=" + workDirectory.resolve("hs_err_%p.log"),
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
            "-cp",
            classpath,
            mainClass));
    command.addAll(arguments);
    try {
      workDirectory.resolve("tmp").toFile().mkdirs();
      return new ProcessBuilder(command)
          .directory(workDirectory.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + mainClass + " in a child JVM", e);
    }
  }

  /** Runs a main class to completion, failing with the log tail when it does not exit with 0. */
  void run(String mainClass, List<String> arguments, long timeoutSeconds) {
    Process process = start(mainClass, arguments);
    try {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new KafkaStartupException(
            mainClass + " did not finish in " + timeoutSeconds + " s", logFile);
      }
      if (process.exitValue() != 0) {
        throw new KafkaStartupException(mainClass + " exited with " + process.exitValue(), logFile);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new KafkaStartupException("interrupted while running " + mainClass, logFile);
    }
  }
}
