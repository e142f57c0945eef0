package dev.responder.console.replay;

import java.util.List;

/**
 * What replay found: the differences (none means the candidate behaves as compared), the window and
 * how much history it read.
 *
 * @param comparedWith "recorded history" or the baseline catalog's file
 */
public record ReplayResult(
    List<Difference> differences,
    Window window,
    String comparedWith,
    int alerts,
    int commands,
    int incidentsBefore,
    int incidentsAfter,
    long undecodable) {

  public ReplayResult {
    differences = List.copyOf(differences);
  }

  public boolean differs() {
    return !differences.isEmpty();
  }
}
