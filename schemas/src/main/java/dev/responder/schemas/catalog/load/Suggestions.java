package dev.responder.schemas.catalog.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" hints: the known name closest to a misspelt one, by edit distance. */
final class Suggestions {

  private Suggestions() {}

  /** A hint naming the closest candidate, or listing all candidates when none is close. */
  static String hint(String wrong, Collection<String> candidates) {
    return closest(wrong, candidates)
        .map(c -> "did you mean '" + c + "'?")
        .orElseGet(() -> "expected one of: " + String.join(", ", candidates));
  }

  static Optional<String> closest(String wrong, Collection<String> candidates) {
    int tolerance = Math.max(2, wrong.length() / 3);
    return candidates.stream()
        .min(Comparator.comparingInt(c -> distance(wrong.toLowerCase(), c.toLowerCase())))
        .filter(c -> distance(wrong.toLowerCase(), c.toLowerCase()) <= tolerance);
  }

  /** Levenshtein distance with one rolling row. */
  static int distance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        int substitution = diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        row[j] = Math.min(substitution, Math.min(above, row[j - 1]) + 1);
        diagonal = above;
      }
    }
    return row[b.length()];
  }
}
