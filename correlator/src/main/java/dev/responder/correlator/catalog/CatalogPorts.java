package dev.responder.correlator.catalog;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.domain.Heartbeats;
import dev.responder.correlator.domain.InhibitRules;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Loads a catalog file into the correlator's ports (heartbeats included), or fails with an
 * IllegalArgumentException naming the unreadable file or every problem in it.
 */
public record CatalogPorts(
    CatalogClassifier classifier,
    CatalogResponsePolicy policy,
    CatalogSeverityRules severityRules,
    InhibitRules inhibitRules,
    Heartbeats heartbeats) {

  /** The ports of a valid catalog file. */
  public static CatalogPorts load(Path file) {
    Catalog catalog;
    try {
      catalog = CatalogLoader.require(file);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(
          e.getMessage() + " (" + e.getCause().getMessage() + "); set " + CorrelatorConfig.CATALOG,
          e);
    }
    return new CatalogPorts(
        new CatalogClassifier(catalog),
        new CatalogResponsePolicy(catalog),
        new CatalogSeverityRules(catalog),
        CatalogInhibitRules.of(catalog),
        CatalogHeartbeats.of(catalog));
  }
}
