package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What time does to incidents. On each tick of the wall clock, an open (unacknowledged, not
 * suppressed) incident past its response deadline records the breach and climbs the escalation
 * path, once per level whose time has come. Separately, resolved incidents are forgotten once the
 * flap window has passed in stream time, as are expired silences, so state stays bounded and
 * replays forget alike.
 */
public final class ResponseClock {

  private final IncidentRepository incidents;
  private final SilenceRepository silences;
  private final Escalator escalator;
  private final Duration flapWindow;

  public ResponseClock(
      IncidentRepository incidents,
      SilenceRepository silences,
      ResponsePolicy policy,
      Duration flapWindow) {
    this.incidents = incidents;
    this.silences = silences;
    this.escalator = new Escalator(policy);
    this.flapWindow = flapWindow;
  }

  /** Breaches and escalations due at wall-clock time {@code now}. */
  public List<IncidentEvent> tick(Instant now) {
    Journal journal = new Journal(incidents);
    for (Incident incident : incidents.findAll()) {
      if (incident.getStatus() == IncidentStatus.OPEN) {
        escalateUntil(incident, now, journal);
      }
    }
    return journal.events();
  }

  private void escalateUntil(Incident incident, Instant now, Journal journal) {
    Optional<Instant> due = escalator.nextClimbAt(incident);
    while (due.isPresent() && !due.get().isAfter(now)) {
      Instant at = due.get();
      if (incident.getEscalationLevel() == 0) {
        incident =
            journal.record(
                Incident.newBuilder(incident),
                IncidentEventType.RESPONSE_DEADLINE_BREACHED,
                Causes.clock("not acknowledged by " + at),
                at);
      }
      incident =
          escalator.climbOneLevel(
              incident, Causes.clock("still unacknowledged at " + at), at, journal);
      due = escalator.nextClimbAt(incident);
    }
  }

  /**
   * Forgets incidents resolved longer than the flap window before stream time {@code now}, and
   * silences expired by then. Returns how many incidents it forgot.
   */
  public int forgetFinished(Instant now) {
    silences.all().stream()
        .filter(silence -> !silence.getExpiresAt().isAfter(now))
        .forEach(silence -> silences.remove(silence.getSilenceId()));
    List<Incident> finished =
        incidents.findAll().stream()
            .filter(incident -> incident.getStatus() == IncidentStatus.RESOLVED)
            .filter(incident -> incident.getResolvedAt().plus(flapWindow).isBefore(now))
            .toList();
    finished.forEach(incidents::forget);
    return finished.size();
  }
}
