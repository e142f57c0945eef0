package dev.responder.remediator.plan;

import dev.responder.schemas.catalog.FigureCondition;
import java.util.List;
import java.util.Objects;

/**
 * One step of a plan: its id in the runbook, its kind, the typed operation (e.g. {@code
 * kubernetes.rolloutRestart}), its parameters, the conditions under which it runs, and the target
 * it reads or changes (derived from the parameters).
 */
public record PlannedStep(
    String id, StepKind kind, String operation, StepParams params, List<FigureCondition> when) {

  public PlannedStep {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(params, "params");
    when = List.copyOf(when);
  }

  public static PlannedStep check(String id, String operation, StepParams params) {
    return new PlannedStep(id, StepKind.CHECK, operation, params, List.of());
  }

  public Target target() {
    return Target.of(operation, params);
  }

  public boolean shouldRun(Findings findings) {
    return FigureCondition.allHold(when, findings);
  }
}
