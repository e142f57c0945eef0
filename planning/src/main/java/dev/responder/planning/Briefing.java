package dev.responder.planning;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a message tells people about an incident beyond its identity: a one-line summary of what
 * fired, the incident commander, when the response is due, and its scope ({@code
 * namespace/service}, by which notifications in a storm are aggregated). Taken from the incident
 * event's snapshot; the ledger does not keep it, because only the run of that event sends messages.
 */
public record Briefing(
    String summary, Optional<String> commander, Optional<Instant> respondBy, String scope) {

  /** Nothing known beyond the incident's identity. */
  public static final Briefing NONE = new Briefing("", Optional.empty(), Optional.empty(), "/");

  public Briefing {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(commander, "commander");
    Objects.requireNonNull(respondBy, "respondBy");
    Objects.requireNonNull(scope, "scope");
  }
}
