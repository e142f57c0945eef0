package dev.responder.app.local;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How to start local mode.
 *
 * @param root the repository root; state goes to {@code root/.responder/local/}
 * @param catalog the runbook catalog to derive the local one from
 * @param ingestPort the port ingest listens on, 0 for any free port
 */
public record LocalOptions(Path root, Path catalog, int ingestPort) {

  public LocalOptions {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("the repository root " + root + " is not a directory");
    }
    if (!Files.isRegularFile(catalog)) {
      throw new IllegalArgumentException("the catalog " + catalog + " is not a readable file");
    }
    if (ingestPort < 0 || ingestPort > 65_535) {
      throw new IllegalArgumentException(
          "the ingest port must be from 0 to 65535, was " + ingestPort);
    }
  }
}
