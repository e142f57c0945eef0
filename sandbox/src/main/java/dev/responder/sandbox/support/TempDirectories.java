package dev.responder.sandbox.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Creates and removes the temporary directories the components work in. */
public final class TempDirectories {

  private TempDirectories() {}

  /** A new directory under {@code java.io.tmpdir}, named {@code responder-<prefix>-...}. */
  public static Path create(String prefix) {
    try {
      return Files.createTempDirectory("responder-" + prefix + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary directory for " + prefix, e);
    }
  }

  /** Removes the directory and everything in it; a missing directory is fine. */
  public static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(TempDirectories::deleteOne);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + directory, e);
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + path, e);
    }
  }
}
