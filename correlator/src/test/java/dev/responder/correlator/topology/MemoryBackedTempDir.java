package dev.responder.correlator.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/** A temporary directory on {@code /dev/shm} where Linux offers it, else the default one. */
final class MemoryBackedTempDir implements TempDirFactory {

  private static final Path SHM = Path.of("/dev/shm");

  @Override
  public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension)
      throws IOException {
    if (Files.isDirectory(SHM) && Files.isWritable(SHM)) {
      return Files.createTempDirectory(SHM, "responder-simulation-");
    }
    return Files.createTempDirectory("responder-simulation-");
  }
}
