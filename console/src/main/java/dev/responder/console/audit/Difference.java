package dev.responder.console.audit;

/**
 * One way the projection differs from what the log gives when projected again: a row the log has
 * and the database lacks, a row the database has and the log does not, or a field that differs.
 *
 * @param table {@code audit_log}, {@code incidents} or {@code chain_heads}
 * @param where the row's log position, incident id or chain
 * @param detail for {@code CHANGED}, each differing field with the log's and the database's value
 */
public record Difference(String table, String where, Kind kind, String detail) {

  /** What kind of difference. */
  public enum Kind {
    /** The log has it; the database does not: deleted. */
    MISSING,
    /** The database has it; the log does not: inserted. */
    EXTRA,
    /** Both have it, with different values: modified. */
    CHANGED
  }

  @Override
  public String toString() {
    return table + " " + where + ": " + kind + (detail.isEmpty() ? "" : " " + detail);
  }
}
