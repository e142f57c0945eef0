package dev.responder.planning;

import java.util.Objects;

/**
 * Where a plan comes from: the incident, its runbook and severity, the catalog version that decided
 * it, the incident event that caused it, and the incident's title and briefing for messages, and
 * its opening generation (how often it was reopened), which its action keys carry.
 */
public record PlanContext(
    String incidentId,
    String runbookId,
    String severity,
    String catalogVersion,
    String causeEventId,
    String title,
    Briefing briefing,
    int generation) {

  /** A context of the incident's first opening. */
  public PlanContext(
      String incidentId,
      String runbookId,
      String severity,
      String catalogVersion,
      String causeEventId,
      String title,
      Briefing briefing) {
    this(incidentId, runbookId, severity, catalogVersion, causeEventId, title, briefing, 0);
  }

  /** The same context, of opening {@code generation}. */
  public PlanContext withGeneration(int generation) {
    return new PlanContext(
        incidentId, runbookId, severity, catalogVersion, causeEventId, title, briefing, generation);
  }

  /** A context without a briefing, as read back from the ledger. */
  public PlanContext(
      String incidentId,
      String runbookId,
      String severity,
      String catalogVersion,
      String causeEventId,
      String title) {
    this(incidentId, runbookId, severity, catalogVersion, causeEventId, title, Briefing.NONE);
  }

  public PlanContext {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(runbookId, "runbookId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(catalogVersion, "catalogVersion");
    Objects.requireNonNull(causeEventId, "causeEventId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(briefing, "briefing");
    if (generation < 0) {
      throw new IllegalArgumentException("generation must not be negative, was " + generation);
    }
  }

  /** The same context, decided by catalog {@code version}. */
  public PlanContext withCatalogVersion(String version) {
    return new PlanContext(
        incidentId, runbookId, severity, version, causeEventId, title, briefing, generation);
  }
}
