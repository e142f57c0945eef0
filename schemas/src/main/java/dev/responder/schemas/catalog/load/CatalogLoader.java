package dev.responder.schemas.catalog.load;

import dev.responder.schemas.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads a runbook catalog from YAML and validates all of it. Never throws for a bad catalog: the
 * result is either the {@link Catalog} or every {@link Problem} found, each with its position.
 */
public final class CatalogLoader {

  private CatalogLoader() {}

  /**
   * Loads the catalog in {@code file}.
   *
   * @throws UncheckedIOException when the file cannot be read at all
   */
  public static LoadResult load(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the runbook catalog " + file, e);
    }
  }

  /**
   * Loads the catalog in {@code file} for a service that cannot run without it.
   *
   * @throws InvalidCatalogException naming the file and every problem when the catalog is invalid
   * @throws UncheckedIOException when the file cannot be read at all
   */
  public static Catalog require(Path file) {
    LoadResult result = load(file);
    if (result instanceof LoadResult.Rejected rejected) {
      throw new InvalidCatalogException(file, rejected.problems());
    }
    return ((LoadResult.Loaded) result).catalog();
  }

  /** Loads a catalog from YAML text; {@code sourceName} names it in positions. */
  public static LoadResult parse(String yaml, String sourceName) {
    Optional<Node> root;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(sourceName).build();
      root = new Compose(settings).composeString(yaml);
    } catch (MarkedYamlEngineException e) {
      String context =
          e.getContextMark()
              .map(m -> " (" + e.getContext() + " that starts at line " + (m.getLine() + 1) + ")")
              .orElse("");
      return syntaxError(e.getProblemMark(), e.getProblem() + context);
    } catch (YamlEngineException e) {
      return syntaxError(Optional.empty(), e.getMessage());
    }
    if (root.isEmpty()) {
      return new LoadResult.Rejected(
          List.of(
              new Problem(
                  1,
                  1,
                  ProblemKind.MISSING_FIELD,
                  "the catalog is empty",
                  "start with 'version:'")));
    }
    Reading reading = new Reading();
    Optional<Catalog> catalog = new CatalogReader(reading).read(root.get());
    if (catalog.isEmpty() || reading.hasProblems()) {
      return new LoadResult.Rejected(reading.problems());
    }
    return new LoadResult.Loaded(catalog.get());
  }

  private static LoadResult syntaxError(Optional<Mark> mark, String problem) {
    int line = mark.map(m -> m.getLine() + 1).orElse(1);
    int column = mark.map(m -> m.getColumn() + 1).orElse(1);
    return new LoadResult.Rejected(
        List.of(
            new Problem(
                line,
                column,
                ProblemKind.SYNTAX,
                "YAML syntax: " + problem,
                "check the indentation and quoting around this position")));
  }
}
