package dev.responder.schemas.catalog;

import dev.responder.schemas.catalog.operation.TargetKind;
import java.util.List;
import java.util.Map;

/**
 * The only namespaces, deployments, databases, Redis keys, health endpoints and channels any
 * operation may touch. The loader rejects a step whose target is not listed here, and the
 * remediator checks again before acting.
 */
public record Allowlists(Map<TargetKind, List<String>> byKind) {

  public Allowlists {
    byKind = Map.copyOf(byKind);
  }

  public boolean allows(TargetKind kind, String value) {
    return byKind.getOrDefault(kind, List.of()).contains(value);
  }

  public List<String> of(TargetKind kind) {
    return byKind.getOrDefault(kind, List.of());
  }
}
