package dev.responder.schemas.catalog.matcher;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Map;
import java.util.Objects;

/**
 * One label matcher such as {@code service=~"crm-(backend|api)"}, with Alertmanager's semantics: a
 * missing label reads as the empty string, and regular expressions are anchored at both ends
 * ({@code ^(?:re)$}), so {@code foo=~"bar|baz"} does not match {@code barx}. Regexes are RE2, as in
 * Alertmanager, matched by re2j in time linear in the label value: no pattern a user writes can
 * make a match backtrack for ever.
 */
public final class LabelMatcher {

  private final String name;
  private final MatchType type;
  private final String value;
  private final Pattern pattern;

  private LabelMatcher(String name, MatchType type, String value) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.value = Objects.requireNonNull(value, "value");
    this.pattern = type.isRegex() ? compile(value) : null;
  }

  private static Pattern compile(String regex) {
    // Checked before compiling: such a program would be built before anything could refuse it.
    if (RepeatBudget.copies(regex) > RepeatBudget.MAX_COPIES) {
      throw new PatternSyntaxException(
          "nested repetitions ask for more than " + RepeatBudget.MAX_COPIES + " copies", regex);
    }
    return Pattern.compile("^(?:" + regex + ")$");
  }

  /**
   * A matcher; for the regex operators the value must be a valid regular expression.
   *
   * @throws PatternSyntaxException (re2j's) when a regex value does not compile as RE2, or nests
   *     counted repetitions past 1000 copies (as Go's RE2 refuses)
   */
  public static LabelMatcher of(String name, MatchType type, String value) {
    return new LabelMatcher(name, type, value);
  }

  /** Parses Alertmanager's text form, e.g. {@code alertname="HighErrorRate"}. */
  public static LabelMatcher parse(String text) {
    return MatcherParser.parse(text);
  }

  /** True when the labels satisfy this matcher; a missing label is matched as "". */
  public boolean matches(Map<String, String> labels) {
    String actual = labels.getOrDefault(name, "");
    boolean positive = type.isRegex() ? pattern.matcher(actual).matches() : value.equals(actual);
    return type.isNegative() != positive;
  }

  public String name() {
    return name;
  }

  public MatchType type() {
    return type;
  }

  public String value() {
    return value;
  }

  /** The canonical text form, which {@link #parse} reads back. */
  @Override
  public String toString() {
    String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return name + type.symbol() + '"' + escaped + '"';
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LabelMatcher that
        && name.equals(that.name)
        && type == that.type
        && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, value);
  }
}
