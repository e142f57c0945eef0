package dev.responder.correlator.catalog;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.domain.Heartbeats;
import dev.responder.correlator.domain.InhibitRules;
import dev.responder.runtime.oncall.RefreshingCalendar;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.OnCallSource;
import dev.responder.schemas.catalog.load.CatalogLoader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads a catalog file into the correlator's ports (heartbeats included), or fails with an
 * IllegalArgumentException naming the unreadable file or every problem in it. The on-call calendar
 * the catalog may name is read once here; a service starts its refresh ({@link
 * RefreshingCalendar#startRefreshing}).
 */
public record CatalogPorts(
    CatalogClassifier classifier,
    CatalogResponsePolicy policy,
    CatalogSeverityRules severityRules,
    InhibitRules inhibitRules,
    Heartbeats heartbeats,
    Optional<RefreshingCalendar> onCallCalendar) {

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
    Optional<RefreshingCalendar> calendar = onCallCalendar(file, catalog);
    OnCallSource source = calendar.<OnCallSource>map(c -> c::personAt).orElse(OnCallSource.NONE);
    return new CatalogPorts(
        new CatalogClassifier(catalog),
        new CatalogResponsePolicy(catalog, source),
        new CatalogSeverityRules(catalog),
        CatalogInhibitRules.of(catalog),
        CatalogHeartbeats.of(catalog),
        calendar);
  }

  /** The catalog's on-call calendar, its file relative to the catalog's, read now. */
  public static Optional<RefreshingCalendar> onCallCalendar(Path catalogFile, Catalog catalog) {
    return catalog
        .onCall()
        .calendar()
        .map(name -> RefreshingCalendar.besideCatalog(catalogFile, name, catalog.onCall().zone()));
  }
}
