package dev.responder.schemas.catalog.load;

import static dev.responder.schemas.catalog.operation.OperationKind.CHECK;
import static dev.responder.schemas.catalog.operation.OperationKind.NOTIFY;

import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.AccountOwners;
import dev.responder.schemas.catalog.Allowlists;
import dev.responder.schemas.catalog.BusinessCalendar;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.CrmSchema;
import dev.responder.schemas.catalog.EscalationLevel;
import dev.responder.schemas.catalog.Heartbeat;
import dev.responder.schemas.catalog.InhibitRule;
import dev.responder.schemas.catalog.InitialResponse;
import dev.responder.schemas.catalog.OnCallSchedule;
import dev.responder.schemas.catalog.Runbook;
import dev.responder.schemas.catalog.SeverityLevel;
import dev.responder.schemas.catalog.Step;
import dev.responder.schemas.catalog.UnclassifiedPolicy;
import dev.responder.schemas.catalog.operation.TargetKind;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a whole catalog document. Allowlists are read first, since every step's targets are checked
 * against them, then the assess checks, which every runbook's conditions may name.
 */
final class CatalogReader {

  static final Set<String> FIELDS =
      Set.of(
          "version",
          "calendar",
          "severities",
          "escalation",
          "onCall",
          "initialResponse",
          "allowlists",
          "runbooks",
          "unclassified",
          "inhibitRules",
          "crmSchema",
          "accountOwners",
          "heartbeats");
  private static final Set<String> UNCLASSIFIED_FIELDS =
      Set.of("severityLabel", "mapping", "default", "groupBy", "notify");

  private final Reading reading;
  private final CalendarReader calendars;

  CatalogReader(Reading reading) {
    this.reading = reading;
    this.calendars = new CalendarReader(reading);
  }

  Optional<Catalog> read(Node root) {
    Optional<Fields> maybe = reading.fields(root, "the catalog", FIELDS);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    Optional<String> version = fields.required("version").flatMap(n -> reading.text(n, "version"));
    Optional<BusinessCalendar> calendar = fields.required("calendar").flatMap(calendars::calendar);
    Optional<Map<Severity, SeverityLevel>> severities =
        fields.required("severities").flatMap(calendars::severities);
    EscalationReader escalations = new EscalationReader(reading, calendars);
    Optional<List<EscalationLevel>> escalation =
        fields.required("escalation").flatMap(escalations::escalation);
    Optional<OnCallSchedule> onCall =
        fields
            .required("onCall")
            .flatMap(n -> escalations.onCall(n, calendar.map(BusinessCalendar::zone)));
    Allowlists allowlists =
        fields.required("allowlists").map(this::allowlists).orElse(new Allowlists(Map.of()));
    StepReader steps = new StepReader(reading, allowlists);
    StepScope common = StepScope.empty();
    Optional<InitialResponse> initial =
        fields.required("initialResponse").flatMap(n -> initialResponse(n, steps, common));
    List<Runbook> runbooks =
        fields
            .required("runbooks")
            .map(n -> new RunbookReader(reading, allowlists).readAll(n, common))
            .orElse(List.of());
    Optional<UnclassifiedPolicy> unclassified =
        fields.required("unclassified").flatMap(n -> unclassified(n, steps));
    List<InhibitRule> inhibitRules =
        fields
            .optional("inhibitRules")
            .map(n -> new InhibitRuleReader(reading, runbooks, unclassified).readAll(n))
            .orElse(List.of());
    CrmSchemaReader crm = new CrmSchemaReader(reading);
    CrmSchema crmSchema = fields.optional("crmSchema").map(crm::schema).orElse(CrmSchema.DEFAULT);
    AccountOwners owners =
        fields.optional("accountOwners").map(crm::owners).orElse(AccountOwners.NONE);
    List<Heartbeat> heartbeats =
        fields
            .optional("heartbeats")
            .map(n -> new HeartbeatReader(reading).readAll(n))
            .orElse(List.of());
    if (reading.hasProblems()) {
      return Optional.empty();
    }
    return Optional.of(
        new Catalog(
            version.get(),
            calendar.get(),
            severities.get(),
            escalation.get(),
            onCall.get(),
            initial.get(),
            allowlists,
            runbooks,
            unclassified.get(),
            inhibitRules,
            crmSchema,
            owners,
            heartbeats));
  }

  private Allowlists allowlists(Node node) {
    Set<String> names =
        Arrays.stream(TargetKind.values())
            .map(TargetKind::allowlistField)
            .collect(Collectors.toSet());
    Map<TargetKind, List<String>> lists = new EnumMap<>(TargetKind.class);
    reading
        .fields(node, "allowlists", names)
        .ifPresent(
            fields -> {
              for (TargetKind kind : TargetKind.values()) {
                fields
                    .optional(kind.allowlistField())
                    .flatMap(n -> reading.texts(n, "allowlists." + kind.allowlistField()))
                    .ifPresent(values -> lists.put(kind, values));
              }
            });
    return new Allowlists(lists);
  }

  private Optional<InitialResponse> initialResponse(Node node, StepReader steps, StepScope common) {
    Optional<Fields> maybe =
        reading.fields(node, "initialResponse", Set.of("assess", "communicate"));
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    List<Step> assess =
        fields
            .required("assess")
            .map(n -> steps.readAll(n, section("initialResponse.assess", CHECK), common))
            .orElse(List.of());
    List<Step> communicate =
        fields
            .required("communicate")
            .map(
                n ->
                    steps.readAll(
                        n, section("initialResponse.communicate", NOTIFY), common.child()))
            .orElse(List.of());
    return Optional.of(new InitialResponse(assess, communicate));
  }

  private Optional<UnclassifiedPolicy> unclassified(Node node, StepReader steps) {
    Optional<Fields> maybe = reading.fields(node, "unclassified", UNCLASSIFIED_FIELDS);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    Optional<String> label =
        fields
            .required("severityLabel")
            .flatMap(n -> reading.text(n, "unclassified.severityLabel"));
    Map<String, Severity> mapping = new HashMap<>();
    fields
        .required("mapping")
        .flatMap(n -> reading.fields(n, "unclassified.mapping", anyKey(n)))
        .ifPresent(
            m ->
                m.names()
                    .forEach(
                        value ->
                            m.optional(value)
                                .flatMap(
                                    n ->
                                        SeverityReader.severity(
                                            reading, n, "unclassified.mapping." + value))
                                .ifPresent(s -> mapping.put(value, s))));
    Optional<Severity> base =
        fields
            .required("default")
            .flatMap(n -> SeverityReader.severity(reading, n, "unclassified.default"));
    Optional<List<String>> groupBy =
        fields.required("groupBy").flatMap(n -> reading.labelNames(n, "unclassified.groupBy"));
    List<Step> notify =
        fields
            .required("notify")
            .map(n -> steps.readAll(n, section("unclassified.notify", NOTIFY), StepScope.empty()))
            .orElse(List.of());
    if (label.isEmpty() || base.isEmpty() || groupBy.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new UnclassifiedPolicy(label.get(), mapping, base.get(), groupBy.get(), notify));
  }

  /** The mapping's own keys: a label-value map allows any key (values are checked instead). */
  private static Set<String> anyKey(Node node) {
    if (node instanceof org.snakeyaml.engine.v2.nodes.MappingNode mapping) {
      return mapping.getValue().stream()
          .map(
              t ->
                  t.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s
                      ? s.getValue()
                      : "")
          .collect(Collectors.toSet());
    }
    return Set.of();
  }

  private static StepReader.Section section(
      String where, dev.responder.schemas.catalog.operation.OperationKind kind) {
    return new StepReader.Section(where, Set.of(kind), OptionalInt.empty());
  }
}
