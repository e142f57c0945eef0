package dev.responder.remediator.plan;

import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import java.nio.file.Path;

/** The catalog the project ships, {@code runbooks/crm.yaml}, for tests of this module. */
public final class ShippedCatalog {

  private ShippedCatalog() {}

  public static Catalog load() {
    LoadResult result = CatalogLoader.load(Path.of("../runbooks/crm.yaml"));
    if (result instanceof LoadResult.Loaded loaded) {
      return loaded.catalog();
    }
    throw new IllegalStateException("runbooks/crm.yaml does not load: " + result);
  }
}
