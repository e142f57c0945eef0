package dev.responder.schemas.catalog;

import dev.responder.schemas.avro.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The clocks that run from an incident's detection: the response deadline for its severity, and the
 * escalation level reached if nobody acknowledges. Level 1 is reached at detection; each level
 * hands over to the next after its {@code escalateAfter}.
 */
public final class ResponseClock {

  private final Catalog catalog;

  public ResponseClock(Catalog catalog) {
    this.catalog = catalog;
  }

  /** When the response to an incident of this severity detected at {@code detectedAt} is due. */
  public Instant respondBy(Severity severity, Instant detectedAt) {
    return catalog.severity(severity).responseTime().deadline(detectedAt, catalog.calendar());
  }

  /** The escalation level reached at {@code now} for an unacknowledged incident. */
  public EscalationLevel escalationAt(Instant detectedAt, Instant now) {
    List<EscalationLevel> path = catalog.escalation();
    Instant reached = detectedAt;
    for (EscalationLevel level : path) {
      Optional<Duration> wait = level.escalateAfter();
      if (wait.isEmpty() || now.isBefore(reached.plus(wait.get()))) {
        return level;
      }
      reached = reached.plus(wait.get());
    }
    return path.get(path.size() - 1);
  }

  /** When the next level will be reached after {@code now}; empty at the last level. */
  public Optional<Instant> nextEscalationAfter(Instant detectedAt, Instant now) {
    Instant reached = detectedAt;
    for (EscalationLevel level : catalog.escalation()) {
      if (level.escalateAfter().isEmpty()) {
        return Optional.empty();
      }
      reached = reached.plus(level.escalateAfter().get());
      if (reached.isAfter(now)) {
        return Optional.of(reached);
      }
    }
    return Optional.empty();
  }
}
