package dev.responder.schemas.catalog.load;

import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.InhibitRule;
import dev.responder.schemas.catalog.InhibitSide;
import dev.responder.schemas.catalog.Runbook;
import dev.responder.schemas.catalog.UnclassifiedPolicy;
import dev.responder.schemas.catalog.matcher.MatcherSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads {@code inhibitRules}: names unique, runbooks known, severities P1..P4, matchers valid, and
 * {@code equal} holding namespace and service (the correlator decides inhibition inside one scope
 * partition) plus only labels every source runbook groups by (a source incident knows no others).
 */
final class InhibitRuleReader {

  static final String UNCLASSIFIED = "unclassified";
  private static final Set<String> FIELDS = Set.of("name", "because", "source", "target", "equal");
  private static final Set<String> SIDE_FIELDS = Set.of("runbooks", "severities", "matchers");
  private static final List<String> SCOPE = List.of("namespace", "service");

  private final Reading reading;
  private final MatcherReader matchers;
  private final Map<String, List<String>> groupByOfRunbook = new HashMap<>();

  InhibitRuleReader(Reading reading, List<Runbook> runbooks, Optional<UnclassifiedPolicy> other) {
    this.reading = reading;
    this.matchers = new MatcherReader(reading);
    runbooks.forEach(runbook -> groupByOfRunbook.put(runbook.id(), runbook.groupBy()));
    other.ifPresent(policy -> groupByOfRunbook.put(UNCLASSIFIED, policy.groupBy()));
  }

  List<InhibitRule> readAll(Node node) {
    Map<String, Node> names = new HashMap<>();
    return reading.eachItem(node, "inhibitRules", (item, where) -> read(item, where, names));
  }

  private Optional<InhibitRule> read(Node node, String where, Map<String, Node> names) {
    Optional<Fields> maybe = reading.fields(node, where, FIELDS);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    Optional<String> name =
        fields
            .required("name")
            .flatMap(n -> reading.text(n, where + ".name"))
            .filter(text -> reading.unique(names, fields.node(), text, "inhibit rule name"));
    String at = name.map(text -> "inhibit rule '" + text + "'").orElse(where);
    Optional<String> because =
        fields.optional("because").flatMap(n -> reading.text(n, at + ".because"));
    Optional<InhibitSide> source = fields.required("source").flatMap(n -> side(n, at + ".source"));
    Optional<InhibitSide> target = fields.required("target").flatMap(n -> side(n, at + ".target"));
    Optional<List<String>> equal =
        fields
            .required("equal")
            .flatMap(n -> reading.labelNames(n, at + ".equal"))
            .filter(labels -> equalIsDecidable(fields, at, labels, source));
    if (name.isEmpty() || source.isEmpty() || target.isEmpty() || equal.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new InhibitRule(name.get(), because.orElse(""), source.get(), target.get(), equal.get()));
  }

  private Optional<InhibitSide> side(Node node, String where) {
    Optional<Fields> maybe = reading.fields(node, where, SIDE_FIELDS);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    boolean complete = true;
    Set<String> runbooks = new LinkedHashSet<>();
    Optional<Node> runbookList = fields.optional("runbooks");
    if (runbookList.isPresent()) {
      for (String id : reading.texts(runbookList.get(), where + ".runbooks").orElse(List.of())) {
        if (!groupByOfRunbook.containsKey(id)) {
          reading.report(
              runbookList.get(),
              ProblemKind.UNKNOWN_REFERENCE,
              where + ".runbooks names the unknown runbook '" + id + "'",
              "use a runbook id of this catalog or '" + UNCLASSIFIED + "'");
          complete = false;
        }
        runbooks.add(id);
      }
    }
    Set<Severity> severities = new LinkedHashSet<>();
    Optional<Node> severityList = fields.optional("severities");
    if (severityList.isPresent()) {
      List<Node> items = reading.items(severityList.get(), where + ".severities").orElse(List.of());
      for (int i = 0; i < items.size(); i++) {
        Optional<Severity> severity =
            SeverityReader.severity(reading, items.get(i), where + ".severities[" + i + "]");
        severity.ifPresent(severities::add);
        complete &= severity.isPresent();
      }
    }
    Optional<MatcherSet> matcherSet =
        fields.optional("matchers").isPresent()
            ? fields.optional("matchers").flatMap(n -> matchers.set(n, where + ".matchers"))
            : Optional.of(new MatcherSet(List.of()));
    if (!complete || matcherSet.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new InhibitSide(runbooks, severities, matcherSet.get()));
  }

  private boolean equalIsDecidable(
      Fields fields, String at, List<String> equal, Optional<InhibitSide> source) {
    Node node = fields.optional("equal").orElse(fields.node());
    if (!equal.containsAll(SCOPE)) {
      reading.report(
          node,
          ProblemKind.INVALID_VALUE,
          at + ".equal is " + equal + ", without both namespace and service",
          "list namespace and service: the correlator keeps each scope's incidents together,"
              + " so it can only compare incidents of one namespace and service");
      return false;
    }
    Set<String> sourceRunbooks =
        source.map(InhibitSide::runbooks).filter(ids -> !ids.isEmpty()).orElse(Set.of());
    for (String label : equal) {
      if (SCOPE.contains(label)) {
        continue;
      }
      boolean groupedEverywhere =
          !sourceRunbooks.isEmpty()
              && sourceRunbooks.stream()
                  .allMatch(id -> groupByOfRunbook.getOrDefault(id, List.of()).contains(label));
      if (!groupedEverywhere) {
        reading.report(
            node,
            ProblemKind.INVALID_VALUE,
            at + ".equal lists '" + label + "', which not every source runbook groups by",
            "a source incident only knows its grouping labels, namespace and service; list the"
                + " source runbooks and group them by '"
                + label
                + "', or drop it");
        return false;
      }
    }
    return true;
  }
}
