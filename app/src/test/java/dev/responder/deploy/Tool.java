package dev.responder.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An operator's command-line tool (kubectl, promtool, amtool) run as a process. A test that needs a
 * tool which is not installed is skipped, saying which Debian package provides it; CI installs them
 * all ({@code .ci/run}).
 */
record Tool(String command, String debianPackage) {

  private static final Logger LOGGER = LoggerFactory.getLogger(Tool.class);

  static final Tool KUBECTL = new Tool("kubectl", "kubernetes-client");
  static final Tool PROMTOOL = new Tool("promtool", "prometheus");
  static final Tool AMTOOL = new Tool("amtool", "prometheus-alertmanager");

  /** What the tool printed (stdout and stderr together) and its exit status. */
  record Run(int exitCode, String output) {}

  /** Skips the calling test, with the reason printed, when the tool is not on the PATH. */
  Tool require() {
    boolean found = onPath();
    if (!found) {
      // The reason goes to the build log as well as to the skipped test's report.
      LOGGER.warn("skipped: {} is not installed (apt-get install {})", command, debianPackage);
    }
    assumeTrue(found, command + " is not installed (apt-get install " + debianPackage + ")");
    return this;
  }

  /**
   * Runs the tool to its end, or fails after 60 s. The output goes to a file, not a pipe: reading a
   * pipe to its end would wait for the tool however long it hangs, and the timeout would never
   * fire.
   */
  Run run(Path workingDirectory, String... args) {
    List<String> commandLine = new ArrayList<>(List.of(command));
    commandLine.addAll(List.of(args));
    Path output = null;
    try {
      output = Files.createTempFile(command + "-", ".out");
      Process process =
          new ProcessBuilder(commandLine)
              .directory(workingDirectory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      process.getOutputStream().close();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            commandLine + " did not finish within 60 s; it printed: " + Files.readString(output));
      }
      return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + commandLine + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + commandLine, e);
    } finally {
      deleteQuietly(output);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOGGER.warn("could not delete {}: {}", file, e.getMessage());
    }
  }

  private boolean onPath() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
