package dev.responder.remediator.paging;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the paging rules need of an incident's header: who to address and what to call it. It comes
 * from the latest incident event the pager has seen.
 */
public record IncidentView(
    String incidentId,
    String runbookId,
    String title,
    String severity,
    int climbs,
    Optional<String> commander,
    Instant detectedAt,
    String scope,
    String catalogVersion) {

  public IncidentView {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(runbookId, "runbookId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(commander, "commander");
    Objects.requireNonNull(detectedAt, "detectedAt");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(catalogVersion, "catalogVersion");
  }

  /** For an outcome whose incident the pager has not seen (it started after the event). */
  public static IncidentView unknown(
      String incidentId, String runbookId, String catalogVersion, Instant at) {
    return new IncidentView(
        incidentId, runbookId, incidentId, "", 0, Optional.empty(), at, "", catalogVersion);
  }
}
