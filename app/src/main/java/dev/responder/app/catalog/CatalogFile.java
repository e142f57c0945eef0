package dev.responder.app.catalog;

import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import dev.responder.schemas.catalog.load.Problem;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Parameters;

/**
 * The catalog file argument the catalog commands share (a picocli mixin): loads it, printing every
 * problem (or why it is unreadable) to stderr.
 */
final class CatalogFile {

  /** Exit status for a catalog that is invalid or cannot be read. */
  static final int INVALID = 1;

  @Parameters(paramLabel = "FILE", description = "The catalog, e.g. runbooks/crm.yaml.")
  Path file;

  Path path() {
    return file;
  }

  Optional<Catalog> load(PrintWriter err) {
    LoadResult result;
    try {
      result = CatalogLoader.load(file);
    } catch (UncheckedIOException e) {
      err.println("responder catalog: cannot read " + file + ": " + e.getCause().getMessage());
      return Optional.empty();
    }
    if (result instanceof LoadResult.Loaded loaded) {
      return Optional.of(loaded.catalog());
    }
    List<Problem> problems = ((LoadResult.Rejected) result).problems();
    problems.forEach(problem -> err.println(problem.format(file.toString())));
    err.println(
        file
            + ": "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "; the catalog was not accepted");
    return Optional.empty();
  }
}
