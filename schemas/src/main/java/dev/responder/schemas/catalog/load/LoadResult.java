package dev.responder.schemas.catalog.load;

import dev.responder.schemas.catalog.Catalog;
import java.util.List;

/** The outcome of loading a catalog: either a valid catalog or every problem found in it. */
public sealed interface LoadResult {

  /** The file was valid. */
  record Loaded(Catalog catalog) implements LoadResult {}

  /** The file was invalid; {@code problems} is never empty and is ordered by position. */
  record Rejected(List<Problem> problems) implements LoadResult {
    public Rejected {
      problems = List.copyOf(problems);
    }
  }
}
