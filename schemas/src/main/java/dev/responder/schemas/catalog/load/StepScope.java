package dev.responder.schemas.catalog.load;

import dev.responder.schemas.catalog.operation.Operation;
import dev.responder.schemas.catalog.operation.OperationKind;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The step ids visible at one place in a catalog: the assess checks everywhere, plus a runbook's
 * own steps inside it. Ids must be unique within a scope, because conditions name checks by id.
 */
final class StepScope {

  private record Declared(Operation operation, int line) {}

  private final Map<String, Declared> steps;
  private final Set<String> unresolved;

  private StepScope(Map<String, Declared> steps, Set<String> unresolved) {
    this.steps = steps;
    this.unresolved = unresolved;
  }

  static StepScope empty() {
    return new StepScope(new LinkedHashMap<>(), new HashSet<>());
  }

  /** A scope for a nested section, starting with everything declared here. */
  StepScope child() {
    return new StepScope(new LinkedHashMap<>(steps), new HashSet<>(unresolved));
  }

  /** Declares a step id; reports a duplicate at {@code idNode}. */
  void declare(Reading reading, Node idNode, String id, Operation operation) {
    Declared earlier = steps.get(id);
    if (earlier != null) {
      reading.report(
          idNode,
          ProblemKind.DUPLICATE_ID,
          "step id '" + id + "' is already used",
          "the first '" + id + "' is at line " + earlier.line() + "; step ids must be unique");
      return;
    }
    steps.put(id, new Declared(operation, Reading.lineOf(idNode)));
  }

  /**
   * Declares a step whose operation could not be read, so that conditions naming it are not
   * reported a second time.
   */
  void declareUnresolved(String id) {
    unresolved.add(id);
  }

  /** True when {@code id} names a step whose operation was itself a problem. */
  boolean isUnresolved(String id) {
    return unresolved.contains(id) && !steps.containsKey(id);
  }

  /** The operation of the check with this id, if a check of that id is visible. */
  Optional<Operation> check(String id) {
    return Optional.ofNullable(steps.get(id))
        .map(Declared::operation)
        .filter(op -> op.kind() == OperationKind.CHECK);
  }

  /** The ids of the visible checks, for hints. */
  java.util.List<String> checkIds() {
    return steps.entrySet().stream()
        .filter(e -> e.getValue().operation().kind() == OperationKind.CHECK)
        .map(Map.Entry::getKey)
        .toList();
  }
}
