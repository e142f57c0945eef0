package dev.responder.planning;

import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Guardrails;
import dev.responder.schemas.catalog.Runbook;
import dev.responder.schemas.catalog.Step;
import dev.responder.schemas.catalog.UnclassifiedPolicy;
import dev.responder.schemas.catalog.operation.TargetKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Plans from the runbook catalog: the initial response's assess checks and the runbook's checks,
 * the communicate notifications, the runbook's actions with their conditions, its verification and
 * guardrails, and the catalog's allowlists. An unclassified incident only notifies.
 */
public final class CatalogPlanner implements Planner {

  private final Catalog catalog;
  private final Map<TargetKind, Set<String>> allowlists;

  public CatalogPlanner(Catalog catalog) {
    this.catalog = catalog;
    Map<TargetKind, Set<String>> lists = new EnumMap<>(TargetKind.class);
    for (TargetKind kind : TargetKind.values()) {
      lists.put(kind, Set.copyOf(catalog.allowlists().of(kind)));
    }
    this.allowlists = Map.copyOf(lists);
  }

  @Override
  public Optional<Plan> plan(PlanContext incident) {
    PlanContext context = incident.withCatalogVersion(catalog.version());
    if (incident.runbookId().equals(UnclassifiedPolicy.RUNBOOK_ID)) {
      return Optional.of(unclassified(context));
    }
    return catalog.runbook(incident.runbookId()).map(runbook -> plan(context, runbook));
  }

  private Plan plan(PlanContext context, Runbook runbook) {
    List<PlannedStep> checks =
        Stream.concat(catalog.initialResponse().assess().stream(), runbook.checks().stream())
            .map(CatalogPlanner::step)
            .toList();
    List<PlannedStep> notifications =
        catalog.initialResponse().communicate().stream().map(CatalogPlanner::step).toList();
    List<PlannedStep> actions = runbook.actions().stream().map(CatalogPlanner::step).toList();
    Verification verification =
        new Verification(runbook.verification().after(), runbook.verification().fixedWhen());
    Guardrails guardrails = runbook.guardrails();
    Limits limits =
        new Limits(
            guardrails.cooldown(),
            guardrails.needsApproval(Severity.valueOf(context.severity())),
            guardrails.maxReplicas(),
            allowlists);
    return new Plan(context, checks, notifications, actions, verification, limits);
  }

  private Plan unclassified(PlanContext context) {
    List<PlannedStep> notifications =
        catalog.unclassified().notifications().stream().map(CatalogPlanner::step).toList();
    Limits limits = new Limits(Duration.ZERO, false, OptionalInt.empty(), allowlists);
    return new Plan(context, List.of(), notifications, List.of(), Verification.none(), limits);
  }

  static PlannedStep step(Step step) {
    StepKind kind =
        switch (step.operation().kind()) {
          case CHECK -> StepKind.CHECK;
          case ACTION -> StepKind.ACTION;
          case NOTIFY -> StepKind.NOTIFICATION;
        };
    return new PlannedStep(
        step.id(), kind, step.operation().id(), new StepParams(step.params()), step.when());
  }
}
