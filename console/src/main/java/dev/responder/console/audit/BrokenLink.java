package dev.responder.console.audit;

/**
 * The first place a chain does not hold, with what was expected and what was found.
 *
 * @param seq the row's number in the chain, or the head's when {@code problem} is about the head
 * @param where the row's log position, or a description when there is no row
 */
public record BrokenLink(
    String chain,
    String incidentId,
    long seq,
    String where,
    Problem problem,
    String expected,
    String found) {

  /** What kind of tampering the broken link points to. */
  public enum Problem {
    /** The row's content (or position) no longer gives the hash it carries: it was modified. */
    CONTENT_CHANGED,
    /** The row does not link to the row before it: a row was deleted or inserted before it. */
    LINK_BROKEN,
    /** Row numbers skip or repeat: a row was deleted or inserted. */
    SEQUENCE_BROKEN,
    /** The rows end elsewhere than the chain's head says: rows were deleted or appended. */
    HEAD_MISMATCH,
    /** An incidents row's columns or content no longer give its hash: it was modified. */
    INCIDENT_CHANGED,
    /**
     * A head published to the anchors topic disagrees with the database: the chain (or incident)
     * was rewritten, rows and hashes alike, or rolled back.
     */
    ANCHOR_MISMATCH
  }

  @Override
  public String toString() {
    String incident =
        incidentId == null || incidentId.isEmpty() ? "" : "incident " + incidentId + ", ";
    return "%schain %s, row %d (%s): %s; expected %s, found %s"
        .formatted(incident, chain, seq, where, problem, expected, found);
  }
}
