package dev.responder.app.local;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --root} option of the commands that work on a repository's local stack. */
public final class RepositoryRoot {

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description =
          "The repository root (default: set by the launcher, else the current directory).")
  Path root;

  /** The root given, or null for the launcher's (see {@link LocalOptions#resolve}). */
  public Path root() {
    return root;
  }
}
