package dev.responder.console.status;

import java.time.Instant;
import java.util.Optional;

/**
 * An incident as the public status page tells it: the component and the impact, never its labels,
 * runbook or internal title, which may carry what a sender wrote.
 *
 * @param impact the state it puts its component in while open
 * @param phase {@code investigating}, {@code identified} (acknowledged) or {@code resolved}
 * @param summary one public sentence about where it stands
 */
public record PublicIncident(
    String id,
    String component,
    ComponentState impact,
    String phase,
    String summary,
    Instant startedAt,
    Optional<Instant> resolvedAt,
    Instant updatedAt) {

  /** The incident's public name, e.g. {@code API: major outage}. */
  public String name() {
    return component + ": " + impact.label().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean open() {
    return resolvedAt.isEmpty();
  }
}
