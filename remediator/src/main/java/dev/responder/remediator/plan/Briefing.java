package dev.responder.remediator.plan;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a message tells people about an incident beyond its identity: a one-line summary of what
 * fired, the incident commander, and when the response is due. Taken from the incident event's
 * snapshot; the ledger does not keep it, because only the run of that event sends messages.
 */
public record Briefing(String summary, Optional<String> commander, Optional<Instant> respondBy) {

  /** Nothing known beyond the incident's identity. */
  public static final Briefing NONE = new Briefing("", Optional.empty(), Optional.empty());

  public Briefing {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(commander, "commander");
    Objects.requireNonNull(respondBy, "respondBy");
  }
}
