package dev.responder.app.local;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How to start local mode.
 *
 * @param root the repository root; state goes to {@code root/.responder/local/}
 * @param catalog the runbook catalog to derive the local one from
 * @param ingestPort the port ingest listens on, 0 for any free port
 * @param timings the waits the derived catalog shortens (see {@link LocalTimings})
 */
public record LocalOptions(Path root, Path catalog, int ingestPort, LocalTimings timings) {

  /** Options with the demo's timings. */
  public LocalOptions(Path root, Path catalog, int ingestPort) {
    this(root, catalog, ingestPort, LocalTimings.DEMO);
  }

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

  /**
   * Options from the command line's values, defaults filled in.
   *
   * @param root the repository root, or null: the launcher's {@code responder.root}, else the
   *     current directory
   * @param catalog the catalog, or null: {@code runbooks/crm.yaml} under the root
   * @throws IllegalArgumentException naming what is wrong
   */
  public static LocalOptions resolve(
      Path root, Path catalog, int ingestPort, LocalTimings timings) {
    Path repository =
        root != null
            ? root
            : Path.of(
                System.getProperty(LocalCommand.ROOT_PROPERTY, System.getProperty("user.dir")));
    repository = repository.toAbsolutePath().normalize();
    Path catalogFile =
        catalog != null ? catalog : repository.resolve("runbooks").resolve("crm.yaml");
    return new LocalOptions(
        repository, catalogFile.toAbsolutePath().normalize(), ingestPort, timings);
  }
}
