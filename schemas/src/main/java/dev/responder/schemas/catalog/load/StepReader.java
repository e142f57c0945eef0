package dev.responder.schemas.catalog.load;

import dev.responder.schemas.catalog.Allowlists;
import dev.responder.schemas.catalog.FigureCondition;
import dev.responder.schemas.catalog.Step;
import dev.responder.schemas.catalog.operation.Operation;
import dev.responder.schemas.catalog.operation.OperationKind;
import dev.responder.schemas.catalog.operation.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads lists of steps ({@code id}, {@code operation}, {@code params}, {@code when}): the operation
 * must exist and be allowed in the section, its parameters valid, its conditions resolvable, and a
 * scale must respect the runbook's maximum replicas.
 */
final class StepReader {

  /** Where a list of steps sits and what it may contain. */
  record Section(String where, Set<OperationKind> kinds, OptionalInt maxReplicas) {}

  private static final Set<String> FIELDS = Set.of("id", "operation", "params", "when");
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  private final Reading reading;
  private final ParamReader params;
  private final ConditionReader conditions;

  StepReader(Reading reading, Allowlists allowlists) {
    this.reading = reading;
    this.params = new ParamReader(reading, allowlists);
    this.conditions = new ConditionReader(reading);
  }

  /** The steps of a section; each one's id is declared in {@code scope} as it is read. */
  List<Step> readAll(Node listNode, Section section, StepScope scope) {
    List<Step> steps = new ArrayList<>();
    List<Node> items = reading.items(listNode, section.where()).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      read(items.get(i), section, section.where() + "[" + i + "]", scope).ifPresent(steps::add);
    }
    return steps;
  }

  private Optional<Step> read(Node node, Section section, String where, StepScope scope) {
    Optional<Fields> maybe = reading.fields(node, where, FIELDS);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    Optional<String> id = fields.required("id").flatMap(n -> id(n, where));
    String named = id.map(i -> where + " '" + i + "'").orElse(where);
    Optional<Operation> operation =
        fields.required("operation").flatMap(n -> operation(n, section, named));
    if (id.isPresent() && operation.isPresent()) {
      scope.declare(reading, fields.optional("id").get(), id.get(), operation.get());
    } else {
      id.ifPresent(scope::declareUnresolved);
    }
    Optional<Parameters> values =
        operation.flatMap(
            op -> params.read(fields.optional("params").orElse(null), node, op, named));
    Optional<List<FigureCondition>> when =
        fields.optional("when").isPresent()
            ? fields.optional("when").flatMap(n -> conditions.readAll(n, named + ".when", scope))
            : Optional.of(List.of());
    values.ifPresent(v -> checkReplicas(fields, operation.get(), v, section));
    if (id.isEmpty() || operation.isEmpty() || values.isEmpty() || when.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Step(id.get(), operation.get(), values.get(), when.get()));
  }

  private Optional<String> id(Node node, String where) {
    return reading
        .text(node, where + ".id")
        .filter(
            id -> {
              if (ID.matcher(id).matches()) {
                return true;
              }
              reading.report(
                  node,
                  ProblemKind.INVALID_VALUE,
                  where + ".id '" + id + "' is not a step id",
                  "use lower case letters, digits and _, starting with a letter (e.g. queue_depth)");
              return false;
            });
  }

  private Optional<Operation> operation(Node node, Section section, String where) {
    Optional<String> name = reading.text(node, where + ".operation");
    Optional<Operation> operation = name.flatMap(Operation::byId);
    if (name.isPresent() && operation.isEmpty()) {
      reading.report(
          node,
          ProblemKind.UNKNOWN_OPERATION,
          where + " uses the unknown operation '" + name.get() + "'",
          Suggestions.hint(name.get(), Operation.ids()));
    }
    return operation.filter(op -> allowedHere(node, op, section, where));
  }

  private boolean allowedHere(Node node, Operation op, Section section, String where) {
    if (section.kinds().contains(op.kind())) {
      return true;
    }
    reading.report(
        node,
        ProblemKind.MISPLACED_OPERATION,
        where
            + ": "
            + op.id()
            + " is "
            + describe(op.kind())
            + ", not allowed in "
            + section.where(),
        section.where() + " takes " + section.kinds().stream().map(StepReader::describe).toList());
    return false;
  }

  private static String describe(OperationKind kind) {
    return switch (kind) {
      case CHECK -> "a check (reads only)";
      case ACTION -> "an action (changes the system)";
      case NOTIFY -> "a notification";
    };
  }

  private void checkReplicas(
      Fields fields, Operation operation, Parameters values, Section section) {
    if (operation != Operation.KUBERNETES_SCALE) {
      return;
    }
    int replicas = values.integer("replicas");
    Node at = fields.optional("params").orElse(fields.node());
    if (section.maxReplicas().isEmpty()) {
      reading.report(
          at,
          ProblemKind.GUARDRAIL_VIOLATION,
          section.where() + " scales, but the runbook sets no guardrails.maxReplicas",
          "add guardrails.maxReplicas to bound every scale action");
    } else if (replicas > section.maxReplicas().getAsInt()) {
      reading.report(
          at,
          ProblemKind.GUARDRAIL_VIOLATION,
          fields.where()
              + " scales to "
              + replicas
              + " replicas, above guardrails.maxReplicas "
              + section.maxReplicas().getAsInt(),
          "lower replicas or raise guardrails.maxReplicas");
    }
  }
}
