package dev.responder.console.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks each chain in row order and reports its first broken link: a row whose content does not
 * give its hash, a row that does not link to its predecessor, a gap or repeat in the numbering, or
 * rows that end elsewhere than the chain's head. Stops at the first break of each chain because
 * everything after it is unverifiable.
 */
public final class ChainVerifier {

  private ChainVerifier() {}

  /**
   * Verifies {@code rows} (ordered by chain, then seq) against {@code heads}.
   *
   * @return the first broken link of every broken chain; empty when all chains hold
   */
  public static List<BrokenLink> verify(List<ChainRow> rows, Map<String, ChainHead> heads) {
    Map<String, List<ChainRow>> chains = new LinkedHashMap<>();
    rows.forEach(row -> chains.computeIfAbsent(row.chain(), c -> new ArrayList<>()).add(row));
    List<BrokenLink> broken = new ArrayList<>();
    chains.forEach(
        (chain, chainRows) -> firstBreak(chainRows, heads.get(chain)).ifPresent(broken::add));
    heads.keySet().stream()
        .filter(chain -> !chains.containsKey(chain) && !chain.equals(IncidentDigest.CHAIN))
        .sorted()
        .map(chain -> headWithoutRows(heads.get(chain)))
        .forEach(broken::add);
    return broken;
  }

  /**
   * Verifies every incidents row's hash and the table's head ({@link IncidentDigest}): a row whose
   * columns or content changed, and rows deleted or inserted, are named.
   */
  public static List<BrokenLink> verifyIncidents(List<IncidentRow> incidents, ChainHead head) {
    List<BrokenLink> broken = new ArrayList<>();
    for (IncidentRow row : incidents) {
      String recomputed = row.recomputedHash();
      if (!recomputed.equals(row.hash())) {
        broken.add(
            new BrokenLink(
                IncidentDigest.CHAIN,
                row.incidentId(),
                row.revision(),
                row.source().toString(),
                BrokenLink.Problem.INCIDENT_CHANGED,
                recomputed,
                row.hash()));
      }
    }
    String digest = IncidentDigest.of(incidents.stream().map(IncidentRow::hash).toList());
    long expectedRows = head == null ? 0 : head.seq();
    String expectedDigest = head == null ? HashChain.GENESIS : head.hash();
    if (expectedRows != incidents.size() || !expectedDigest.equals(digest)) {
      broken.add(
          new BrokenLink(
              IncidentDigest.CHAIN,
              "",
              expectedRows,
              "incidents head",
              BrokenLink.Problem.HEAD_MISMATCH,
              expectedRows + " rows with digest " + expectedDigest,
              incidents.size() + " rows with digest " + digest));
    }
    return broken;
  }

  static Optional<BrokenLink> firstBreak(List<ChainRow> rows, ChainHead head) {
    String previousHash = HashChain.GENESIS;
    long expectedSeq = 1;
    for (ChainRow row : rows) {
      if (!row.previousHash().equals(previousHash)) {
        return Optional.of(
            link(row, BrokenLink.Problem.LINK_BROKEN, previousHash, row.previousHash()));
      }
      String recomputed = row.recomputedHash();
      if (!recomputed.equals(row.hash())) {
        return Optional.of(link(row, BrokenLink.Problem.CONTENT_CHANGED, recomputed, row.hash()));
      }
      if (row.seq() != expectedSeq) {
        return Optional.of(
            link(
                row, BrokenLink.Problem.SEQUENCE_BROKEN, "row " + expectedSeq, "row " + row.seq()));
      }
      previousHash = row.hash();
      expectedSeq++;
    }
    return checkHead(rows.get(rows.size() - 1), head);
  }

  private static Optional<BrokenLink> checkHead(ChainRow last, ChainHead head) {
    if (head == null) {
      return Optional.of(
          link(last, BrokenLink.Problem.HEAD_MISMATCH, "a head for the chain", "none"));
    }
    if (head.seq() != last.seq() || !head.hash().equals(last.hash())) {
      return Optional.of(
          new BrokenLink(
              last.chain(),
              last.incidentId(),
              head.seq(),
              "chain head",
              BrokenLink.Problem.HEAD_MISMATCH,
              "last row " + head.seq() + " with hash " + head.hash(),
              "last row " + last.seq() + " with hash " + last.hash()));
    }
    return Optional.empty();
  }

  private static BrokenLink headWithoutRows(ChainHead head) {
    return new BrokenLink(
        head.chain(),
        "",
        head.seq(),
        "chain head",
        BrokenLink.Problem.HEAD_MISMATCH,
        head.seq() + " rows",
        "no rows");
  }

  private static BrokenLink link(
      ChainRow row, BrokenLink.Problem problem, String expected, String found) {
    return new BrokenLink(
        row.chain(),
        row.incidentId(),
        row.seq(),
        row.position().toString(),
        problem,
        expected,
        found);
  }
}
