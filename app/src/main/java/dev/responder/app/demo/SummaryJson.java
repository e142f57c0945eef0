package dev.responder.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The summary as JSON ({@code --json FILE}): {@code allResolved}, {@code elapsedMs} and one object
 * per scenario with its incident, runbook, severity, actions and times, as the records name them.
 */
final class SummaryJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryJson() {}

  static String of(DemoSummary summary) throws IOException {
    return JSON.writeValueAsString(summary) + "\n";
  }

  static void write(Path file, DemoSummary summary) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, of(summary));
  }
}
