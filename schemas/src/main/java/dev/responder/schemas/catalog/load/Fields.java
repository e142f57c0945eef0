package dev.responder.schemas.catalog.load;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The fields of one YAML mapping, read strictly: a key that is not allowed is reported with a
 * did-you-mean hint, a repeated key is reported, and a missing required field is reported at the
 * mapping's position.
 */
final class Fields {

  private final Reading reading;
  private final MappingNode node;
  private final String where;
  private final Map<String, NodeTuple> byName = new LinkedHashMap<>();
  private final Set<String> suggested = new HashSet<>();

  Fields(Reading reading, MappingNode node, String where, Set<String> allowed) {
    this.reading = reading;
    this.node = node;
    this.where = where;
    for (NodeTuple tuple : node.getValue()) {
      accept(tuple, allowed);
    }
  }

  private void accept(NodeTuple tuple, Set<String> allowed) {
    Node key = tuple.getKeyNode();
    if (!(key instanceof ScalarNode scalar)) {
      reading.report(
          key,
          ProblemKind.WRONG_TYPE,
          where + " has a key that is not a name",
          "keys are plain names such as id or title");
      return;
    }
    String name = scalar.getValue();
    if (!allowed.contains(name)) {
      Suggestions.closest(name, allowed).ifPresent(suggested::add);
      reading.report(
          key,
          ProblemKind.UNKNOWN_FIELD,
          where + " has no field '" + name + "'",
          Suggestions.hint(name, new TreeSet<>(allowed)));
    } else if (byName.containsKey(name)) {
      reading.report(
          key,
          ProblemKind.DUPLICATE_ID,
          where + " repeats the field '" + name + "'",
          "it is first given at line " + Reading.lineOf(byName.get(name).getKeyNode()));
    } else {
      byName.put(name, tuple);
    }
  }

  /** The mapping node itself, for positions. */
  Node node() {
    return node;
  }

  String where() {
    return where;
  }

  /** The names present, in file order. */
  Set<String> names() {
    return byName.keySet();
  }

  Optional<Node> optional(String name) {
    return Optional.ofNullable(byName.get(name)).map(NodeTuple::getValueNode);
  }

  /** The key node of a present field, for positions. */
  Optional<Node> key(String name) {
    return Optional.ofNullable(byName.get(name)).map(NodeTuple::getKeyNode);
  }

  /** A required field's value node; reports it missing at the mapping's position. */
  Optional<Node> required(String name) {
    Optional<Node> value = optional(name);
    // A misspelt key was already reported with this name as its suggestion: say it once.
    if (value.isEmpty() && !suggested.contains(name)) {
      reading.report(
          node, ProblemKind.MISSING_FIELD, where + " has no '" + name + "'", "add '" + name + ":'");
    }
    return value;
  }
}
