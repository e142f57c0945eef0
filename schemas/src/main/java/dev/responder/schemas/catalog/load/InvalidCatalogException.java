package dev.responder.schemas.catalog.load;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog file the loader rejected. The message names the file and lists every problem, one
 * compiler-style line each, so whoever started a service can fix them all in one go.
 */
public final class InvalidCatalogException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problems, in the loader's order; never empty. */
  private final transient List<Problem> problems;

  InvalidCatalogException(Path file, List<Problem> problems) {
    super(message(file, problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String message(Path file, List<Problem> problems) {
    String source = file.toString();
    return "runbook catalog "
        + source
        + " is invalid:\n"
        + problems.stream().map(p -> p.format(source)).collect(Collectors.joining("\n"));
  }
}
