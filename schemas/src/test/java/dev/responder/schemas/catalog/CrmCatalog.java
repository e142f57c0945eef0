package dev.responder.schemas.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import java.nio.file.Path;

/** The real catalog the project ships, {@code runbooks/crm.yaml}, loaded for tests. */
final class CrmCatalog {

  static final Path FILE = Path.of("../runbooks/crm.yaml");

  private CrmCatalog() {}

  static Catalog load() {
    LoadResult result = CatalogLoader.load(FILE);
    assertThat(result).as("runbooks/crm.yaml loads").isInstanceOf(LoadResult.Loaded.class);
    return ((LoadResult.Loaded) result).catalog();
  }
}
