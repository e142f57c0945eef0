package dev.responder.schemas.catalog.load;

import static dev.responder.schemas.catalog.operation.OperationKind.ACTION;
import static dev.responder.schemas.catalog.operation.OperationKind.CHECK;
import static dev.responder.schemas.catalog.operation.OperationKind.NOTIFY;

import dev.responder.schemas.catalog.Allowlists;
import dev.responder.schemas.catalog.FigureCondition;
import dev.responder.schemas.catalog.Guardrails;
import dev.responder.schemas.catalog.Runbook;
import dev.responder.schemas.catalog.SeverityPolicy;
import dev.responder.schemas.catalog.Step;
import dev.responder.schemas.catalog.Symptoms;
import dev.responder.schemas.catalog.UnclassifiedPolicy;
import dev.responder.schemas.catalog.Verification;
import dev.responder.schemas.catalog.matcher.MatcherSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the {@code runbooks} list. Within a runbook the guardrails are read first (a scale step is
 * checked against them), then checks (which conditions may name), then actions, severity and
 * verification.
 */
final class RunbookReader {

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "title",
          "component",
          "symptoms",
          "severity",
          "groupBy",
          "checks",
          "actions",
          "verify",
          "guardrails");
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

  private final Reading reading;
  private final StepReader steps;
  private final SeverityReader severities;
  private final MatcherReader matchers;
  private final ConditionReader conditions;
  private final GuardrailsReader guardrails;

  RunbookReader(Reading reading, Allowlists allowlists) {
    this.reading = reading;
    this.steps = new StepReader(reading, allowlists);
    this.severities = new SeverityReader(reading);
    this.matchers = new MatcherReader(reading);
    this.conditions = new ConditionReader(reading);
    this.guardrails = new GuardrailsReader(reading);
  }

  List<Runbook> readAll(Node node, StepScope common) {
    List<Runbook> runbooks = new ArrayList<>();
    Map<String, Node> ids = new HashMap<>();
    List<Node> items = reading.items(node, "runbooks").orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      read(items.get(i), "runbooks[" + i + "]", common, ids).ifPresent(runbooks::add);
    }
    return runbooks;
  }

  private Optional<Runbook> read(Node node, String at, StepScope common, Map<String, Node> ids) {
    Optional<Fields> maybe = reading.fields(node, at, FIELDS);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    Optional<String> id = fields.required("id").flatMap(n -> id(n, at, ids));
    String where = id.map(i -> "runbook '" + i + "'").orElse(at);
    Optional<String> title =
        fields.required("title").flatMap(n -> reading.text(n, where + ".title"));
    Optional<String> component =
        fields.optional("component").flatMap(n -> reading.text(n, where + ".component"));
    Optional<Symptoms> symptoms = fields.required("symptoms").flatMap(n -> symptoms(n, where));
    Optional<List<String>> groupBy =
        fields.required("groupBy").flatMap(n -> reading.labelNames(n, where + ".groupBy"));
    Optional<Guardrails> limits =
        fields.required("guardrails").flatMap(n -> guardrails.read(n, where + ".guardrails"));
    OptionalInt maxReplicas =
        limits.map(Guardrails::maxReplicas).orElse(OptionalInt.of(Integer.MAX_VALUE));
    StepScope scope = common.child();
    List<Step> checks =
        list(
            fields,
            "checks",
            new StepReader.Section(where + ".checks", Set.of(CHECK), maxReplicas),
            scope);
    List<Step> actions =
        list(
            fields,
            "actions",
            new StepReader.Section(where + ".actions", Set.of(ACTION, NOTIFY), maxReplicas),
            scope);
    Optional<SeverityPolicy> severity =
        fields.required("severity").flatMap(n -> severities.read(n, where + ".severity", scope));
    Optional<Verification> verify =
        fields.required("verify").flatMap(n -> verification(n, where, scope));
    if (Stream.of(id, title, symptoms, groupBy, limits, severity, verify)
        .anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of(
        new Runbook(
            id.get(),
            title.get(),
            component.orElse(title.get()),
            symptoms.get(),
            severity.get(),
            groupBy.get(),
            checks,
            actions,
            verify.get(),
            limits.get()));
  }

  private List<Step> list(Fields fields, String name, StepReader.Section section, StepScope scope) {
    return fields.required(name).map(n -> steps.readAll(n, section, scope)).orElse(List.of());
  }

  private Optional<String> id(Node node, String where, Map<String, Node> ids) {
    Optional<String> id = reading.text(node, where + ".id");
    if (id.isEmpty()) {
      return id;
    }
    String value = id.get();
    if (!ID.matcher(value).matches() || value.equals(UnclassifiedPolicy.RUNBOOK_ID)) {
      reading.report(
          node,
          ProblemKind.INVALID_VALUE,
          where + ".id '" + value + "' is not a usable runbook id",
          "use lower case letters, digits and -, starting with a letter; 'unclassified' is reserved");
      return Optional.empty();
    }
    return reading.unique(ids, node, value, "runbook id") ? id : Optional.empty();
  }

  private Optional<Symptoms> symptoms(Node node, String where) {
    Optional<Fields> maybe =
        reading.fields(node, where + ".symptoms", Set.of("alerts", "eventTypes"));
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    List<MatcherSet> alerts = new ArrayList<>();
    List<Node> sets =
        fields
            .optional("alerts")
            .flatMap(n -> reading.items(n, where + ".symptoms.alerts"))
            .orElse(List.of());
    for (int i = 0; i < sets.size(); i++) {
      matchers.set(sets.get(i), where + ".symptoms.alerts[" + i + "]").ifPresent(alerts::add);
    }
    List<String> events =
        fields
            .optional("eventTypes")
            .flatMap(n -> reading.texts(n, where + ".symptoms.eventTypes"))
            .orElse(List.of());
    if (sets.isEmpty() && events.isEmpty()) {
      reading.report(
          node,
          ProblemKind.MISSING_FIELD,
          where + ".symptoms names neither alerts nor eventTypes",
          "a runbook nothing can match is dead code");
    }
    return Optional.of(new Symptoms(alerts, events));
  }

  private Optional<Verification> verification(Node node, String where, StepScope scope) {
    Optional<Fields> maybe =
        reading.fields(node, where + ".verify", Set.of("after", "fixedWhen", "monitorFor"));
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    Optional<java.time.Duration> after =
        fields.required("after").flatMap(n -> reading.duration(n, where + ".verify.after"));
    Optional<List<FigureCondition>> fixed =
        fields
            .required("fixedWhen")
            .flatMap(n -> conditions.readAll(n, where + ".verify.fixedWhen", scope));
    Optional<java.time.Duration> monitorFor =
        fields
            .optional("monitorFor")
            .flatMap(n -> reading.duration(n, where + ".verify.monitorFor"));
    return after.flatMap(a -> fixed.map(f -> new Verification(a, f, monitorFor)));
  }
}
