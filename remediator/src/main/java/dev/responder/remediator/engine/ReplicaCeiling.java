package dev.responder.remediator.engine;

import dev.responder.planning.Limits;
import dev.responder.planning.PlannedStep;
import dev.responder.planning.StepParams;
import dev.responder.schemas.catalog.operation.Operation;
import java.util.HashMap;
import java.util.Map;

/** Scaling never goes above the runbook's maximum: a larger request is lowered to it. */
final class ReplicaCeiling {

  private ReplicaCeiling() {}

  static PlannedStep apply(PlannedStep step, Limits limits) {
    if (step.typedOperation().orElse(null) != Operation.KUBERNETES_SCALE
        || limits.maxReplicas().isEmpty()) {
      return step;
    }
    int max = limits.maxReplicas().getAsInt();
    if (step.params().integer("replicas") <= max) {
      return step;
    }
    Map<String, Object> params = new HashMap<>(step.params().values());
    params.put("replicas", max);
    return new PlannedStep(
        step.id(), step.kind(), step.operation(), StepParams.of(params), step.when());
  }
}
