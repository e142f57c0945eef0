package dev.responder.schemas.catalog.load;

import dev.responder.schemas.catalog.Comparison;
import dev.responder.schemas.catalog.FigureCondition;
import dev.responder.schemas.catalog.operation.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads conditions on check figures: one mapping {@code {check, figure, op, value}} or a list of
 * them (all must hold). The check must be visible in the scope and the figure one its operation
 * reports.
 */
final class ConditionReader {

  private static final Set<String> FIELDS = Set.of("check", "figure", "op", "value");
  private static final List<String> OPS =
      Arrays.stream(Comparison.values()).map(Comparison::symbol).toList();

  private final Reading reading;

  ConditionReader(Reading reading) {
    this.reading = reading;
  }

  /** The conditions under a {@code when} or {@code fixedWhen} node. */
  Optional<List<FigureCondition>> readAll(Node node, String where, StepScope scope) {
    List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
    if (items.isEmpty()) {
      reading.report(
          node,
          ProblemKind.MISSING_FIELD,
          where + " lists no condition",
          "write {check: ID, figure: NAME, op: \">\", value: NUMBER}");
      return Optional.empty();
    }
    List<FigureCondition> out = new ArrayList<>();
    boolean complete = true;
    for (Node item : items) {
      Optional<FigureCondition> condition = read(item, where, scope);
      condition.ifPresent(out::add);
      complete &= condition.isPresent();
    }
    return complete ? Optional.of(out) : Optional.empty();
  }

  private Optional<FigureCondition> read(Node node, String where, StepScope scope) {
    Optional<Fields> maybe = reading.fields(node, where, FIELDS);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    Optional<Node> checkNode = fields.required("check");
    Optional<String> checkId = checkNode.flatMap(n -> reading.text(n, where + ".check"));
    Optional<Operation> operation = checkId.flatMap(id -> check(checkNode.get(), id, where, scope));
    Optional<String> figure =
        fields.required("figure").flatMap(n -> operation.flatMap(op -> figure(n, op, where)));
    Optional<Comparison> op =
        fields
            .required("op")
            .flatMap(n -> reading.oneOf(n, where + ".op", OPS))
            .flatMap(Comparison::bySymbol);
    Optional<Double> value =
        fields.required("value").flatMap(n -> reading.number(n, where + ".value"));
    if (operation.isEmpty() || figure.isEmpty() || op.isEmpty() || value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FigureCondition(checkId.get(), figure.get(), op.get(), value.get()));
  }

  private Optional<Operation> check(Node node, String id, String where, StepScope scope) {
    Optional<Operation> operation = scope.check(id);
    if (operation.isEmpty() && !scope.isUnresolved(id)) {
      reading.report(
          node,
          ProblemKind.UNKNOWN_REFERENCE,
          where + " names check '" + id + "', which is not a check of this runbook or of assess",
          Suggestions.hint(id, scope.checkIds()));
    }
    return operation;
  }

  private Optional<String> figure(Node node, Operation operation, String where) {
    return reading
        .text(node, where + ".figure")
        .filter(
            figure -> {
              if (operation.figures().contains(figure)) {
                return true;
              }
              reading.report(
                  node,
                  ProblemKind.UNKNOWN_REFERENCE,
                  where
                      + " compares figure '"
                      + figure
                      + "', which "
                      + operation.id()
                      + " does not report",
                  Suggestions.hint(figure, operation.figures()));
              return false;
            });
  }
}
