package dev.responder.schemas.catalog.load;

import dev.responder.schemas.catalog.operation.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The state of reading one catalog: the problems found so far, and typed reads of YAML nodes that
 * report a problem at the node's position and return empty instead of failing, so that one pass
 * finds every problem.
 */
final class Reading {

  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private final List<Problem> problems = new ArrayList<>();

  void report(Node at, ProblemKind kind, String message, String hint) {
    Optional<Mark> mark = at.getStartMark();
    int line = mark.map(m -> m.getLine() + 1).orElse(1);
    int column = mark.map(m -> m.getColumn() + 1).orElse(1);
    problems.add(new Problem(line, column, kind, message, hint));
  }

  List<Problem> problems() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return sorted;
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** The 1-based line a node starts on, for "first defined at line N" hints. */
  static int lineOf(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }

  /** A mapping's fields, reporting unknown and repeated keys; empty if it is not a mapping. */
  Optional<Fields> fields(Node node, String where, Set<String> allowed) {
    if (!(node instanceof MappingNode mapping)) {
      report(
          node,
          ProblemKind.WRONG_TYPE,
          where + " must be a mapping (key: value lines)",
          "indent its fields under it, or write {key: value, ...}");
      return Optional.empty();
    }
    return Optional.of(new Fields(this, mapping, where, allowed));
  }

  /** A sequence's items; empty if it is not a sequence. */
  Optional<List<Node>> items(Node node, String where) {
    if (node instanceof SequenceNode sequence) {
      return Optional.of(sequence.getValue());
    }
    report(node, ProblemKind.WRONG_TYPE, where + " must be a list", "write one '- item' per line");
    return Optional.empty();
  }

  /**
   * Reads each item of the list {@code section} with {@code item} (given the item and where it is,
   * e.g. {@code heartbeats[2]}); items it cannot read are left out, their problems reported.
   */
  <T> List<T> eachItem(Node node, String section, BiFunction<Node, String, Optional<T>> item) {
    List<T> read = new ArrayList<>();
    List<Node> nodes = items(node, section).orElse(List.of());
    for (int i = 0; i < nodes.size(); i++) {
      item.apply(nodes.get(i), section + "[" + i + "]").ifPresent(read::add);
    }
    return read;
  }

  /** A non-empty scalar's text. */
  Optional<String> text(Node node, String where) {
    if (!(node instanceof ScalarNode scalar)) {
      report(
          node,
          ProblemKind.WRONG_TYPE,
          where + " must be a single value",
          "write one value here, not a list or a mapping");
      return Optional.empty();
    }
    if (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank()) {
      report(node, ProblemKind.MISSING_FIELD, where + " is empty", "give it a value");
      return Optional.empty();
    }
    return Optional.of(scalar.getValue());
  }

  /** A list of non-empty texts. */
  Optional<List<String>> texts(Node node, String where) {
    return items(node, where)
        .map(
            nodes -> {
              List<String> out = new ArrayList<>();
              for (int i = 0; i < nodes.size(); i++) {
                text(nodes.get(i), where + "[" + i + "]").ifPresent(out::add);
              }
              return out;
            });
  }

  /** A list of label names, as Prometheus allows them (e.g. for {@code groupBy}). */
  Optional<List<String>> labelNames(Node node, String where) {
    Optional<List<String>> names = texts(node, where);
    List<String> bad =
        names.orElse(List.of()).stream().filter(n -> !LABEL_NAME.matcher(n).matches()).toList();
    if (!bad.isEmpty()) {
      report(
          node,
          ProblemKind.INVALID_VALUE,
          where + " lists " + bad + ", not label names",
          "label names are letters, digits and _, not starting with a digit");
      return Optional.empty();
    }
    return names;
  }

  /** A list of texts that must name at least one; {@code purpose} says what they are for. */
  Optional<List<String>> nonEmptyTexts(Node node, String where, String purpose) {
    Optional<List<String>> texts = texts(node, where);
    if (texts.isPresent() && texts.get().isEmpty()) {
      report(node, ProblemKind.MISSING_FIELD, where + " is empty", "list " + purpose);
      return Optional.empty();
    }
    return texts;
  }

  /**
   * Records {@code name} as seen at {@code node}; false (and a problem) if {@code seen} already
   * holds it. {@code what} names the kind of thing, e.g. "runbook id".
   */
  boolean unique(Map<String, Node> seen, Node node, String name, String what) {
    Node first = seen.putIfAbsent(name, node);
    if (first != null) {
      report(
          node,
          ProblemKind.DUPLICATE_ID,
          what + " '" + name + "' is already used",
          "the first '"
              + name
              + "' is at line "
              + lineOf(first)
              + "; each "
              + what
              + " must be unique");
    }
    return first == null;
  }

  /** A whole number in {@code [min, max]}. */
  Optional<Integer> integer(Node node, String where, long min, long max) {
    return text(node, where)
        .flatMap(
            raw -> {
              try {
                int value = Integer.parseInt(raw.trim());
                if (value >= min && value <= max) {
                  return Optional.of(value);
                }
              } catch (NumberFormatException notANumber) {
                // reported below, with the accepted range
              }
              report(
                  node,
                  ProblemKind.INVALID_VALUE,
                  where + " is '" + raw + "', not a whole number from " + min + " to " + max,
                  "write a number from " + min + " to " + max + " without quotes or units");
              return Optional.empty();
            });
  }

  /** A number (for condition thresholds). */
  Optional<Double> number(Node node, String where) {
    return text(node, where)
        .flatMap(
            raw -> {
              try {
                return Optional.of(Double.parseDouble(raw.trim()));
              } catch (NumberFormatException notANumber) {
                report(
                    node,
                    ProblemKind.INVALID_VALUE,
                    where + " is '" + raw + "', not a number",
                    "write a plain number such as 1000 or 0.5");
                return Optional.empty();
              }
            });
  }

  /** A positive duration such as {@code 15m} or {@code 1h30m}. */
  Optional<Duration> duration(Node node, String where) {
    return durationAtLeast(node, where, Duration.ofSeconds(1));
  }

  /** A duration of at least {@code min}. */
  Optional<Duration> durationAtLeast(Node node, String where, Duration min) {
    return text(node, where)
        .flatMap(
            raw -> {
              Optional<Duration> parsed = Durations.parse(raw);
              if (parsed.isEmpty()) {
                report(
                    node,
                    ProblemKind.INVALID_DURATION,
                    where + " is '" + raw + "', not a duration",
                    "write a number with units d, h, m, s in that order, e.g. 15m or 1h30m");
              } else if (parsed.get().compareTo(min) < 0) {
                report(
                    node,
                    ProblemKind.INVALID_DURATION,
                    where
                        + " is "
                        + raw
                        + ", shorter than the least allowed "
                        + Durations.format(min),
                    "use " + Durations.format(min) + " or longer");
                return Optional.empty();
              }
              return parsed;
            });
  }

  /** One of a closed set of words, with a did-you-mean hint. */
  Optional<String> oneOf(Node node, String where, List<String> allowed) {
    return text(node, where)
        .flatMap(
            raw -> {
              if (allowed.contains(raw)) {
                return Optional.of(raw);
              }
              report(
                  node,
                  ProblemKind.INVALID_VALUE,
                  where + " is '" + raw + "'",
                  Suggestions.hint(raw, allowed));
              return Optional.empty();
            });
  }
}
