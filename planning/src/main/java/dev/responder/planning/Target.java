package dev.responder.planning;

import dev.responder.schemas.catalog.operation.Operation;
import dev.responder.schemas.catalog.operation.ParamSpec;
import dev.responder.schemas.catalog.operation.ParamType;
import dev.responder.schemas.catalog.operation.TargetKind;

/**
 * What a step reads or changes, e.g. {@code crm/deployment/crm-backend}: one part of the action
 * key, the unit of cooldown, and what the allowlists are checked against.
 *
 * @param kind the allowlist the name must be in
 * @param name the allowlisted name (deployment name, database name, key, URL, channel)
 * @param path the display and key form; recorded in ledgers and outcomes, so it never changes
 */
public record Target(TargetKind kind, String name, String path) {

  /**
   * The target of an operation: the most specific target parameter the step gives, by the kinds its
   * operation declares (a deployment within its namespace, else the namespace).
   */
  public static Target of(Operation operation, StepParams params) {
    ParamSpec spec =
        operation.params().stream()
            .filter(p -> p.type() == ParamType.TARGET && params.values().containsKey(p.name()))
            .reduce((broader, narrower) -> narrower)
            .orElseThrow(
                () -> new IllegalArgumentException("operation " + operation + " names no target"));
    String name = params.text(spec.name());
    return switch (spec.target()) {
      case DEPLOYMENT ->
          new Target(TargetKind.DEPLOYMENT, name, params.text("namespace") + "/deployment/" + name);
      case NAMESPACE -> new Target(TargetKind.NAMESPACE, name, name + "/namespace");
      case REDIS_KEY -> new Target(TargetKind.REDIS_KEY, name, "redis/" + name);
      case DATABASE -> new Target(TargetKind.DATABASE, name, "postgres/" + name);
      case HEALTH_ENDPOINT -> new Target(TargetKind.HEALTH_ENDPOINT, name, name);
      case CHANNEL -> new Target(TargetKind.CHANNEL, name, "channel/" + name);
    };
  }

  @Override
  public String toString() {
    return path;
  }
}
