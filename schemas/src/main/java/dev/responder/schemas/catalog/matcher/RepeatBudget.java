package dev.responder.schemas.catalog.matcher;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How many copies of a regex's innermost atom its nested counted repetitions ask for: {@code
 * ((a{100}){100}){100}} asks for a million. RE2 matches in linear time in the input, but such a
 * pattern still compiles into a program that size; Go's RE2, which Alertmanager uses, refuses
 * nested repeats beyond 1000 copies, and so do we.
 */
final class RepeatBudget {

  static final long MAX_COPIES = 1000;

  private RepeatBudget() {}

  /** The largest product of nested repeat counts in the pattern (1 when it has none). */
  static long copies(String regex) {
    Deque<long[]> groups = new ArrayDeque<>();
    groups.push(new long[] {1});
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      long atom = 1;
      if (c == '\\') {
        i += 2;
      } else if (c == '[') {
        i = endOfClass(regex, i) + 1;
      } else if (c == '(') {
        groups.push(new long[] {1});
        i++;
        continue;
      } else if (c == ')' && groups.size() > 1) {
        atom = groups.pop()[0];
        i++;
      } else {
        i++;
      }
      int[] repeat = repeatAt(regex, i);
      if (repeat != null) {
        atom = Math.min(Long.MAX_VALUE / Math.max(1, repeat[0]), atom) * repeat[0];
        i = repeat[1];
      }
      long[] enclosing = groups.peek();
      enclosing[0] = Math.max(enclosing[0], atom);
    }
    while (groups.size() > 1) {
      long inner = groups.pop()[0];
      groups.peek()[0] = Math.max(groups.peek()[0], inner);
    }
    return groups.peek()[0];
  }

  /** {count, index after} of a {n}, {n,} or {n,m} at {@code at}, or null when there is none. */
  private static int[] repeatAt(String regex, int at) {
    if (at >= regex.length() || regex.charAt(at) != '{') {
      return null;
    }
    int close = regex.indexOf('}', at);
    if (close < 0) {
      return null;
    }
    String inside = regex.substring(at + 1, close);
    if (!inside.matches("\\d{1,9}(,\\d{0,9})?")) {
      return null;
    }
    String[] bounds = inside.split(",", -1);
    String upper = bounds.length > 1 && !bounds[1].isEmpty() ? bounds[1] : bounds[0];
    return new int[] {Math.max(1, Integer.parseInt(upper)), close + 1};
  }

  private static int endOfClass(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++;
    }
    while (i < regex.length() && regex.charAt(i) != ']') {
      i += regex.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }
}
