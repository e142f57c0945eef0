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
 * path, once per level whose time has come; any live incident that is stranded (nothing firing, or
 * no change for a day) climbs straight to the top. Separately, resolved incidents are forgotten
 * once the flap window has passed in stream time, as are expired silences, so state stays bounded
 * and replays forget alike.
 */
public final class ResponseClock {

  /** An acknowledged or suppressed incident with no change for this long goes to management. */
  public static final Duration STRANDED_AFTER = Duration.ofHours(24);

  /** A live incident with no change for this long (stream time) is closed by the clock. */
  public static final Duration CLOSE_AFTER = Duration.ofDays(7);

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
        incident = escalateUntil(incident, now, journal);
      }
      if (IncidentFacts.isLive(incident) && !escalator.atTop(incident)) {
        escalateIfStranded(incident, now, journal);
      }
    }
    return journal.events();
  }

  /**
   * A live incident is stranded when none of its alerts is firing (it should have closed) or when,
   * acknowledged or suppressed (so off the response ladder, which takes care of open ones), nothing
   * changed for {@link #STRANDED_AFTER}: whatever lost its resolve (an Alertmanager that died, a
   * dropped notification), management hears of it, once, at an instant that follows from the
   * incident's state.
   */
  private void escalateIfStranded(Incident incident, Instant now, Journal journal) {
    Instant quietUntil = incident.getUpdatedAt().plus(STRANDED_AFTER);
    // The header's firing count, not a scan of members: this runs for every incident on every tick.
    if (incident.getFiringCount() == 0) {
      escalator.climbToTop(
          incident,
          Causes.clock("stranded: every alert resolved but the incident is still live"),
          incident.getUpdatedAt(),
          journal);
    } else if (incident.getStatus() != IncidentStatus.OPEN && !quietUntil.isAfter(now)) {
      escalator.climbToTop(
          incident,
          Causes.clock(
              "stranded: no change since " + incident.getUpdatedAt() + " (" + STRANDED_AFTER + ")"),
          quietUntil,
          journal);
    }
  }

  private Incident escalateUntil(Incident incident, Instant now, Journal journal) {
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
    return incident;
  }

  /**
   * Closes every live incident with no change for {@link #CLOSE_AFTER} before stream time {@code
   * now}, as RESOLVED by the clock, so an incident whose resolve never comes leaves state too
   * (after the flap window, like any resolved incident). The event occurs at the last change plus
   * the limit, so a replay closes alike.
   */
  public List<IncidentEvent> closeAbandoned(Instant now) {
    Journal journal = new Journal(incidents);
    for (Incident incident : incidents.findAll()) {
      Instant closeAt = incident.getUpdatedAt().plus(CLOSE_AFTER);
      if (IncidentFacts.isLive(incident) && !closeAt.isAfter(now)) {
        journal.record(
            Incident.newBuilder(incident).setStatus(IncidentStatus.RESOLVED).setResolvedAt(closeAt),
            IncidentEventType.RESOLVED,
            Causes.clock(
                "closed: no change since "
                    + incident.getUpdatedAt()
                    + " ("
                    + CLOSE_AFTER.toDays()
                    + " days)"),
            closeAt);
      }
    }
    return journal.events();
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
