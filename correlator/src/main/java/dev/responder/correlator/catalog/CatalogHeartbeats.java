package dev.responder.correlator.catalog;

import dev.responder.correlator.domain.Heartbeats;
import dev.responder.schemas.catalog.Catalog;

/** The catalog's {@code heartbeats} section as the correlator's {@link Heartbeats}. */
final class CatalogHeartbeats {

  private CatalogHeartbeats() {}

  static Heartbeats of(Catalog catalog) {
    return new Heartbeats(
        catalog.version(),
        catalog.heartbeats().stream()
            .map(
                heartbeat ->
                    new Heartbeats.Spec(
                        heartbeat.name(), heartbeat.matchers()::matches, heartbeat.missingAfter()))
            .toList());
  }
}
