package dev.responder.console.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the database with the heads published outside it: each anchored chain must still hold
 * the anchored row with the anchored hash (rows after it may have been appended since), and each
 * anchored incident must be at the anchored revision with the anchored hash, or newer.
 */
public final class AnchorVerifier {

  private AnchorVerifier() {}

  public static List<BrokenLink> verify(
      List<ChainRow> rows, List<IncidentRow> incidents, Collection<Anchor> anchors) {
    Map<String, ChainRow> rowByChainAndSeq = new HashMap<>();
    rows.forEach(row -> rowByChainAndSeq.put(row.chain() + "#" + row.seq(), row));
    Map<String, IncidentRow> incidentById = new HashMap<>();
    incidents.forEach(row -> incidentById.put(row.incidentId(), row));
    List<BrokenLink> broken = new ArrayList<>();
    anchors.stream()
        .sorted(Comparator.comparing(Anchor::key))
        .forEach(
            anchor -> {
              String expected = "row " + anchor.number() + " with hash " + anchor.hash();
              if (anchor.subject() == Anchor.Subject.CHAIN) {
                ChainRow row = rowByChainAndSeq.get(anchor.name() + "#" + anchor.number());
                if (row == null || !row.hash().equals(anchor.hash())) {
                  broken.add(
                      new BrokenLink(
                          anchor.name(),
                          row == null ? "" : row.incidentId(),
                          anchor.number(),
                          row == null ? "anchor" : row.position().toString(),
                          BrokenLink.Problem.ANCHOR_MISMATCH,
                          expected,
                          row == null ? "no row " + anchor.number() : "hash " + row.hash()));
                }
              } else {
                checkIncident(anchor, incidentById.get(anchor.name())).ifPresent(broken::add);
              }
            });
    return broken;
  }

  private static Optional<BrokenLink> checkIncident(Anchor anchor, IncidentRow row) {
    String found;
    if (row == null) {
      found = "no row";
    } else if (row.revision() < anchor.number()) {
      found = "revision " + row.revision() + " (older than anchored)";
    } else if (row.revision() == anchor.number() && !row.hash().equals(anchor.hash())) {
      found = "revision " + row.revision() + " with hash " + row.hash();
    } else {
      return Optional.empty();
    }
    return Optional.of(
        new BrokenLink(
            IncidentDigest.CHAIN,
            anchor.name(),
            anchor.number(),
            row == null ? "anchor" : row.source().toString(),
            BrokenLink.Problem.ANCHOR_MISMATCH,
            "revision " + anchor.number() + " with hash " + anchor.hash(),
            found));
  }
}
