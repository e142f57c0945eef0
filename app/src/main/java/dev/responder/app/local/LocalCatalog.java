package dev.responder.app.local;

import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import dev.responder.schemas.catalog.operation.TargetKind;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The catalog local mode runs: the user's catalog with its one allowlisted health endpoint (the
 * placeholder {@code https://crm-api.crm.example/health} in {@code runbooks/crm.yaml}) replaced by
 * the simulated backend's, everywhere it appears. The result is loaded with the same strict loader
 * as any catalog, so local mode never runs a catalog that {@code catalog check} would refuse.
 */
final class LocalCatalog {

  private LocalCatalog() {}

  /**
   * The derived catalog's YAML.
   *
   * @throws IllegalArgumentException naming the source and every problem when the source catalog is
   *     invalid or does not allow exactly one health endpoint
   */
  static String derive(String yaml, String source, URI healthUrl) {
    Catalog catalog = load(yaml, source);
    List<String> endpoints = catalog.allowlists().of(TargetKind.HEALTH_ENDPOINT);
    if (endpoints.size() != 1) {
      throw new IllegalArgumentException(
          source
              + ": local mode points the catalog's health endpoint at the simulated backend, so"
              + " allowlists.healthEndpoints must list exactly one URL; it lists "
              + endpoints);
    }
    String derived =
        "# Derived by './responder local' from "
            + source
            + ": health endpoint "
            + endpoints.get(0)
            + " replaced by the simulated backend's "
            + healthUrl
            + ". Regenerated on every start; edit the source instead.\n"
            + yaml.replace(endpoints.get(0), healthUrl.toString());
    load(derived, source + " (derived for local mode)");
    return derived;
  }

  private static Catalog load(String yaml, String source) {
    LoadResult result = CatalogLoader.parse(yaml, source);
    if (result instanceof LoadResult.Loaded loaded) {
      return loaded.catalog();
    }
    throw new IllegalArgumentException(
        ((LoadResult.Rejected) result)
            .problems().stream()
                .map(problem -> problem.format(source))
                .collect(Collectors.joining("\n", source + " is not a valid catalog:\n", "")));
  }
}
