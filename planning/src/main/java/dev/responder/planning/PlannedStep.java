package dev.responder.planning;

import dev.responder.schemas.catalog.FigureCondition;
import dev.responder.schemas.catalog.operation.Operation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a plan: its id in the runbook, its kind, the operation by its recorded name (e.g.
 * {@code kubernetes.rolloutRestart}), its parameters with the operation's defaults filled in, the
 * conditions under which it runs, and the target it reads or changes (derived from the parameters
 * by the operation's target kinds). Only the remediator's own bookkeeping steps (the verification)
 * name no catalog operation.
 */
public record PlannedStep(
    String id, StepKind kind, String operation, StepParams params, List<FigureCondition> when) {

  public PlannedStep {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(params, "params");
    params = Operation.byId(operation).map(params::withDefaults).orElse(params);
    when = List.copyOf(when);
  }

  public static PlannedStep check(String id, String operation, StepParams params) {
    return new PlannedStep(id, StepKind.CHECK, operation, params, List.of());
  }

  /** The catalog's typed operation; empty for a bookkeeping step. */
  public Optional<Operation> typedOperation() {
    return Operation.byId(operation);
  }

  public Target target() {
    return Target.of(
        typedOperation()
            .orElseThrow(() -> new IllegalArgumentException("no target rule for " + operation)),
        params);
  }

  public boolean shouldRun(Findings findings) {
    return FigureCondition.allHold(when, findings);
  }
}
