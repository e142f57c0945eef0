package dev.responder.schemas.catalog.load;

import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.FigureCondition;
import dev.responder.schemas.catalog.SeverityPolicy;
import dev.responder.schemas.catalog.SeverityRule;
import dev.responder.schemas.catalog.matcher.MatcherSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a runbook's {@code severity}: a default and the {@code raise} and {@code lower} rules, each
 * on labels or on check figures. A raise must go above the default and a lower below it.
 */
final class SeverityReader {

  static final List<String> SEVERITIES = Arrays.stream(Severity.values()).map(Enum::name).toList();

  private static final Set<String> FIELDS = Set.of("default", "raise", "lower");
  private static final Set<String> RULE_FIELDS = Set.of("to", "labels", "when", "because");

  private final Reading reading;
  private final MatcherReader matchers;
  private final ConditionReader conditions;

  SeverityReader(Reading reading) {
    this.reading = reading;
    this.matchers = new MatcherReader(reading);
    this.conditions = new ConditionReader(reading);
  }

  /** A severity name P1..P4. */
  static Optional<Severity> severity(Reading reading, Node node, String where) {
    return reading.oneOf(node, where, SEVERITIES).map(Severity::valueOf);
  }

  Optional<SeverityPolicy> read(Node node, String where, StepScope scope) {
    Optional<Fields> maybe = reading.fields(node, where, FIELDS);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    Optional<Severity> base =
        fields.required("default").flatMap(n -> severity(reading, n, where + ".default"));
    if (base.isEmpty()) {
      return Optional.empty();
    }
    List<SeverityRule> raise = rules(fields, "raise", base.get(), scope);
    List<SeverityRule> lower = rules(fields, "lower", base.get(), scope);
    return Optional.of(new SeverityPolicy(base.get(), raise, lower));
  }

  private List<SeverityRule> rules(Fields fields, String name, Severity base, StepScope scope) {
    List<SeverityRule> rules = new ArrayList<>();
    Optional<List<Node>> items =
        fields.optional(name).flatMap(n -> reading.items(n, fields.where() + "." + name));
    for (int i = 0; i < items.map(List::size).orElse(0); i++) {
      String where = fields.where() + "." + name + "[" + i + "]";
      rule(items.get().get(i), where, name.equals("raise"), base, scope).ifPresent(rules::add);
    }
    return rules;
  }

  private Optional<SeverityRule> rule(
      Node node, String where, boolean raise, Severity base, StepScope scope) {
    Optional<Fields> maybe = reading.fields(node, where, RULE_FIELDS);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    Optional<Severity> to =
        fields
            .required("to")
            .flatMap(n -> severity(reading, n, where + ".to"))
            .filter(s -> direction(fields, s, raise, base, where));
    Optional<Node> labelsNode = fields.optional("labels");
    Optional<Node> whenNode = fields.optional("when");
    if (labelsNode.isPresent() == whenNode.isPresent()) {
      reading.report(
          node,
          ProblemKind.INVALID_VALUE,
          where + " needs exactly one of 'labels' (alert matchers) and 'when' (check figures)",
          "labels: ['severity=\"critical\"'] or when: {check: pods, figure: ready, op: \"==\", value: 0}");
      return Optional.empty();
    }
    Optional<MatcherSet> labels = labelsNode.flatMap(n -> matchers.set(n, where + ".labels"));
    Optional<List<FigureCondition>> when =
        whenNode.isPresent()
            ? conditions.readAll(whenNode.get(), where + ".when", scope)
            : Optional.of(List.of());
    String because =
        fields.optional("because").flatMap(n -> reading.text(n, where + ".because")).orElse("");
    if (to.isEmpty() || when.isEmpty() || labelsNode.isPresent() && labels.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SeverityRule(to.get(), labels, when.get(), because));
  }

  private boolean direction(
      Fields fields, Severity to, boolean raise, Severity base, String where) {
    boolean ok = raise ? to.compareTo(base) < 0 : to.compareTo(base) > 0;
    if (!ok) {
      reading.report(
          fields.optional("to").orElseThrow(),
          ProblemKind.INVALID_VALUE,
          where + (raise ? " raises" : " lowers") + " the default " + base + " to " + to,
          raise
              ? "a raise must name a more severe level than the default (P1 is the most severe)"
              : "a lower must name a less severe level than the default (P4 is the least severe)");
    }
    return ok;
  }
}
