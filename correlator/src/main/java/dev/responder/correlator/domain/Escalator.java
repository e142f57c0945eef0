package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Walks the escalation path. Level n is reached at the response deadline plus the waits of levels
 * 1..n-1, so when each climb happens follows from the incident's state alone: a restarted task, or
 * a clock that ticked late, escalates to the same levels at the same recorded instants.
 */
final class Escalator {

  private final List<EscalationLevel> path;

  Escalator(ResponsePolicy policy) {
    this.path = policy.escalationPath();
  }

  /** When the incident climbs from its current level to the next, or empty at the top. */
  Optional<Instant> nextClimbAt(Incident incident) {
    int level = incident.getEscalationLevel();
    if (level >= path.size()) {
      return Optional.empty();
    }
    Duration waited =
        path.subList(0, level).stream()
            .map(reached -> reached.waitBeforeNext().orElse(Duration.ZERO))
            .reduce(Duration.ZERO, Duration::plus);
    return Optional.of(incident.getResponseDueAt().plus(waited));
  }

  /** Whether the incident has reached the last level of the path. */
  boolean atTop(Incident incident) {
    return incident.getEscalationLevel() >= path.size();
  }

  /**
   * Climbs straight to the last level (management), recorded at {@code at}: for an incident that is
   * stranded, where waiting level by level would only delay the people who can unstick it.
   */
  Incident climbToTop(Incident incident, Cause cause, Instant at, Journal journal) {
    if (path.isEmpty() || atTop(incident)) {
      return incident;
    }
    EscalationLevel top = path.get(path.size() - 1);
    return journal.record(
        Incident.newBuilder(incident).setEscalationLevel(top.level()),
        IncidentEventType.ESCALATED,
        cause,
        at,
        null,
        top.who());
  }

  /** Climbs one level, recorded at {@code at}; at the top of the path it does nothing. */
  Incident climbOneLevel(Incident incident, Cause cause, Instant at, Journal journal) {
    int level = incident.getEscalationLevel();
    if (level >= path.size()) {
      return incident;
    }
    EscalationLevel reached = path.get(level);
    return journal.record(
        Incident.newBuilder(incident).setEscalationLevel(reached.level()),
        IncidentEventType.ESCALATED,
        cause,
        at,
        null,
        reached.who());
  }
}
