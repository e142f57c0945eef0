package dev.responder.schemas.catalog;

import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.operation.Operation;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A loaded, validated runbook catalog. Its {@code version} is recorded with every decision made
 * from it, so an incident can always say which catalog classified it. Build one with {@code
 * CatalogLoader}; every cross-reference in it has been checked. {@code inhibitRules} is empty when
 * the file has none: then no incident inhibits anything. {@code crmSchema} names the CRM columns
 * beyond the runbook's SQL, {@code accountOwners} where re-authentication requests go. {@code
 * heartbeats} (empty when the file has none) are the alerts whose absence is an incident.
 */
public record Catalog(
    String version,
    BusinessCalendar calendar,
    Map<Severity, SeverityLevel> severities,
    List<EscalationLevel> escalation,
    OnCallSchedule onCall,
    InitialResponse initialResponse,
    Allowlists allowlists,
    List<Runbook> runbooks,
    UnclassifiedPolicy unclassified,
    List<InhibitRule> inhibitRules,
    CrmSchema crmSchema,
    AccountOwners accountOwners,
    List<Heartbeat> heartbeats) {

  public Catalog {
    severities = Map.copyOf(severities);
    escalation = List.copyOf(escalation);
    runbooks = List.copyOf(runbooks);
    inhibitRules = List.copyOf(inhibitRules);
    heartbeats = List.copyOf(heartbeats);
  }

  public Optional<Runbook> runbook(String id) {
    return runbooks.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public SeverityLevel severity(Severity severity) {
    return severities.get(severity);
  }

  /** Every step in the catalog: assess, communicate, each runbook's checks and actions, notify. */
  public List<Step> allSteps() {
    Stream<Step> common =
        Stream.concat(initialResponse.assess().stream(), initialResponse.communicate().stream());
    Stream<Step> runbookSteps =
        runbooks.stream().flatMap(r -> Stream.concat(r.checks().stream(), r.actions().stream()));
    return Stream.of(common, runbookSteps, unclassified.notifications().stream())
        .flatMap(s -> s)
        .toList();
  }

  /** The distinct operations the catalog uses. */
  public Set<Operation> operationsUsed() {
    Set<Operation> used = EnumSet.noneOf(Operation.class);
    allSteps().forEach(step -> used.add(step.operation()));
    return used;
  }
}
