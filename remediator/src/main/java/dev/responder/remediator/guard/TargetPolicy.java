package dev.responder.remediator.guard;

import dev.responder.planning.Limits;
import dev.responder.planning.PlannedStep;
import dev.responder.planning.Target;
import dev.responder.schemas.catalog.operation.TargetKind;

/**
 * The allowlist check made again before acting (the catalog loader made it once): the step's target
 * must be listed, and a Kubernetes target's namespace too.
 */
public final class TargetPolicy {

  private TargetPolicy() {}

  public static boolean allowed(PlannedStep step, Limits limits) {
    Target target = step.target();
    boolean namespaceAllowed =
        step.params()
            .optionalText("namespace")
            .map(ns -> limits.allows(TargetKind.NAMESPACE, ns))
            .orElse(true);
    return namespaceAllowed && limits.allows(target.kind(), target.name());
  }
}
