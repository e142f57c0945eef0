package dev.responder.planning;

import dev.responder.schemas.catalog.operation.TargetKind;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The runbook's limits on acting: per-target cooldown, whether this incident's severity needs a
 * person's approval, the replica ceiling, and the allowlists of what may be touched at all.
 *
 * @param allowlists allowed names by target kind
 */
public record Limits(
    Duration cooldown,
    boolean approvalRequired,
    OptionalInt maxReplicas,
    Map<TargetKind, Set<String>> allowlists) {

  public Limits {
    allowlists = Map.copyOf(allowlists);
  }

  public boolean allows(TargetKind kind, String name) {
    return allowlists.getOrDefault(kind, Set.of()).contains(name);
  }
}
