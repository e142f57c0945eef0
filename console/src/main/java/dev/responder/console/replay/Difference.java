package dev.responder.console.replay;

/**
 * One way replay differs from what it is compared with, for one incident.
 *
 * @param incidentId the incident as recorded (or in the baseline); for {@code APPEARS}, the new one
 * @param before the recorded (or baseline) value; empty for {@code APPEARS}
 * @param after the replayed (candidate) value; empty for {@code VANISHES}
 */
public record Difference(Kind kind, String incidentId, String before, String after) {

  /** What differs. */
  public enum Kind {
    APPEARS,
    VANISHES,
    RUNBOOK,
    SEVERITY,
    ACTIONS,
    ESCALATIONS
  }

  @Override
  public String toString() {
    return switch (kind) {
      case APPEARS -> incidentId + " would appear: " + after;
      case VANISHES -> incidentId + " would vanish: " + before;
      default ->
          incidentId
              + " "
              + kind.name().toLowerCase(java.util.Locale.ROOT)
              + ": "
              + before
              + " -> "
              + after;
    };
  }
}
