package dev.responder.schemas.catalog.load;

import dev.responder.schemas.catalog.Allowlists;
import dev.responder.schemas.catalog.operation.Operation;
import dev.responder.schemas.catalog.operation.ParamSpec;
import dev.responder.schemas.catalog.operation.Parameters;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a step's {@code params} against its operation's declaration: unknown and missing
 * parameters, values of the wrong type or out of bounds, and targets outside the allowlists are all
 * reported; defaults are filled in.
 */
final class ParamReader {

  /** The placeholders a notification message may use; the notifier fills them in. */
  static final Set<String> PLACEHOLDERS =
      Set.of("incident", "runbook", "title", "severity", "summary", "commander", "respondBy");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  private final Reading reading;
  private final Allowlists allowlists;

  ParamReader(Reading reading, Allowlists allowlists) {
    this.reading = reading;
    this.allowlists = allowlists;
  }

  /**
   * The parameters under {@code paramsNode} (null when the step has none), reporting problems at
   * the nodes concerned, or at {@code stepNode} for missing ones.
   */
  Optional<Parameters> read(Node paramsNode, Node stepNode, Operation operation, String where) {
    Map<String, Node> given = given(paramsNode, operation, where);
    if (given == null) {
      return Optional.empty();
    }
    Map<String, Object> values = new HashMap<>();
    boolean complete = true;
    for (ParamSpec spec : operation.params()) {
      Node node = given.get(spec.name());
      if (node == null) {
        complete &= !spec.required() || missing(paramsNode, stepNode, operation, spec, where);
        continue;
      }
      Optional<Object> value = value(node, spec, where + ".params." + spec.name());
      value.ifPresent(v -> values.put(spec.name(), v));
      complete &= value.isPresent();
    }
    return complete && given.size() == countKnown(given, operation)
        ? Optional.of(operation.withDefaults(values))
        : Optional.empty();
  }

  private Map<String, Node> given(Node paramsNode, Operation operation, String where) {
    Map<String, Node> given = new HashMap<>();
    if (paramsNode == null) {
      return given;
    }
    if (!(paramsNode instanceof MappingNode mapping)) {
      reading.report(
          paramsNode,
          ProblemKind.WRONG_TYPE,
          where + ".params must be a mapping",
          "write params: {name: value, ...}");
      return null;
    }
    List<String> names = operation.params().stream().map(ParamSpec::name).toList();
    for (NodeTuple tuple : mapping.getValue()) {
      String name = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
      if (!names.contains(name)) {
        reading.report(
            tuple.getKeyNode(),
            ProblemKind.UNKNOWN_PARAMETER,
            operation.id() + " has no parameter '" + name + "'",
            names.isEmpty() ? "it takes no parameters" : Suggestions.hint(name, names));
      }
      if (given.putIfAbsent(name, tuple.getValueNode()) != null) {
        reading.report(
            tuple.getKeyNode(),
            ProblemKind.DUPLICATE_ID,
            where + ".params repeats '" + name + "'",
            "give each parameter once");
      }
    }
    return given;
  }

  private static long countKnown(Map<String, Node> given, Operation operation) {
    return given.keySet().stream().filter(name -> operation.param(name).isPresent()).count();
  }

  private boolean missing(
      Node paramsNode, Node stepNode, Operation operation, ParamSpec spec, String where) {
    reading.report(
        paramsNode != null ? paramsNode : stepNode,
        ProblemKind.MISSING_PARAMETER,
        where + " (" + operation.id() + ") needs parameter '" + spec.name() + "'",
        spec.name() + " is " + spec.describe());
    return false;
  }

  private Optional<Object> value(Node node, ParamSpec spec, String where) {
    return switch (spec.type()) {
      case TARGET ->
          reading.text(node, where).filter(v -> allowed(node, spec, v, where)).map(v -> v);
      case INTEGER -> reading.integer(node, where, spec.min(), spec.max()).map(v -> v);
      case DURATION -> duration(node, spec, where).map(v -> v);
      case CHOICE -> reading.oneOf(node, where, spec.choices()).map(v -> v);
      case TEXT ->
          reading.text(node, where).filter(v -> placeholdersKnown(node, v, where)).map(v -> v);
    };
  }

  private boolean allowed(Node node, ParamSpec spec, String value, String where) {
    if (allowlists.allows(spec.target(), value)) {
      return true;
    }
    String list = "allowlists." + spec.target().allowlistField();
    reading.report(
        node,
        ProblemKind.TARGET_NOT_ALLOWED,
        where + " is '" + value + "', which is not in " + list,
        list
            + " is "
            + allowlists.of(spec.target())
            + "; add '"
            + value
            + "' there only if Responder may touch it");
    return false;
  }

  private Optional<Duration> duration(Node node, ParamSpec spec, String where) {
    Duration min = Duration.ofSeconds(spec.min());
    Duration max = Duration.ofSeconds(spec.max());
    return reading
        .durationAtLeast(node, where, min)
        .filter(
            d -> {
              if (d.compareTo(max) <= 0) {
                return true;
              }
              reading.report(
                  node, ProblemKind.INVALID_DURATION, where + " is too long", spec.describe());
              return false;
            });
  }

  private boolean placeholdersKnown(Node node, String text, String where) {
    Matcher m = PLACEHOLDER.matcher(text);
    boolean known = true;
    while (m.find()) {
      if (!PLACEHOLDERS.contains(m.group(1))) {
        reading.report(
            node,
            ProblemKind.INVALID_VALUE,
            where + " uses the unknown placeholder {" + m.group(1) + "}",
            Suggestions.hint(m.group(1), new java.util.TreeSet<>(PLACEHOLDERS)));
        known = false;
      }
    }
    return known;
  }
}
