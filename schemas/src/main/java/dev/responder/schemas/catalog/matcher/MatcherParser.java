package dev.responder.schemas.catalog.matcher;

import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Alertmanager's matcher text: {@code name op value} where op is one of {@code = != =~ !~}
 * and the value is either double-quoted (with {@code \"}, {@code \\} and {@code \n} escapes) or
 * bare. Whitespace around the parts is ignored, as Alertmanager does.
 */
final class MatcherParser {

  private static final Pattern SHAPE =
      Pattern.compile("\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*(.*?)\\s*", Pattern.DOTALL);
  private static final String EXAMPLE = "write it like service=~\"crm-(backend|api)\"";

  private MatcherParser() {}

  static List<LabelMatcher> parseSelector(String selector) {
    String inner = selector.strip();
    if (inner.startsWith("{")) {
      if (!inner.endsWith("}")) {
        throw new MatcherSyntaxException(
            "'" + selector + "' opens a brace it does not close", "write {name=\"value\", ...}");
      }
      inner = inner.substring(1, inner.length() - 1);
    }
    List<LabelMatcher> matchers = new ArrayList<>();
    for (String part : splitOutsideQuotes(inner)) {
      if (!part.isBlank()) {
        matchers.add(parse(part));
      }
    }
    return matchers;
  }

  /** Splits at the commas that are not inside a double-quoted value. */
  private static List<String> splitOutsideQuotes(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted && c == '\\' && i + 1 < text.length()) {
        current.append(c).append(text.charAt(++i));
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  static LabelMatcher parse(String text) {
    Matcher shape = SHAPE.matcher(text);
    if (!shape.matches()) {
      throw new MatcherSyntaxException(
          "'" + text + "' is not a label matcher (name, one of = != =~ !~, value)", EXAMPLE);
    }
    MatchType type = typeOf(shape.group(2));
    String value = unquote(shape.group(3), text);
    try {
      return LabelMatcher.of(shape.group(1), type, value);
    } catch (PatternSyntaxException e) {
      throw new MatcherSyntaxException(
          "invalid regular expression \"" + value + "\" in '" + text + "': " + e.getDescription(),
          "regexes are anchored RE2 expressions, as in Alertmanager; escape literal characters with \\\\");
    }
  }

  private static MatchType typeOf(String symbol) {
    for (MatchType type : MatchType.values()) {
      if (type.symbol().equals(symbol)) {
        return type;
      }
    }
    throw new IllegalStateException("operator regex and MatchType disagree on " + symbol);
  }

  private static String unquote(String raw, String text) {
    if (!raw.startsWith("\"")) {
      if (raw.contains("\"")) {
        throw new MatcherSyntaxException("stray quote in the value of '" + text + "'", EXAMPLE);
      }
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 1; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '"') {
        if (i != raw.length() - 1) {
          throw new MatcherSyntaxException(
              "text after the closing quote in '" + text + "'", "escape inner quotes as \\\"");
        }
        return out.toString();
      }
      if (c == '\\' && i + 1 < raw.length()) {
        appendEscape(out, raw.charAt(++i));
      } else {
        out.append(c);
      }
    }
    throw new MatcherSyntaxException("unterminated quoted value in '" + text + "'", EXAMPLE);
  }

  private static void appendEscape(StringBuilder out, char escaped) {
    switch (escaped) {
      case '"' -> out.append('"');
      case '\\' -> out.append('\\');
      case 'n' -> out.append('\n');
      // Alertmanager keeps other escapes as written, so regexes like \d survive quoting.
      default -> out.append('\\').append(escaped);
    }
  }
}
