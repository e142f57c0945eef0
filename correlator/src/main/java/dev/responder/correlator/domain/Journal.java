package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records lifecycle changes while one input is handled: each change bumps the incident's revision,
 * saves its header, and appends the event that explains it. An event of the incident whose member
 * the input wrote carries that member ({@link #concerning}); events carry headers, never the list
 * of members. Event ids are incident id plus revision, so a replay produces the same ids.
 */
final class Journal {

  private final IncidentRepository incidents;
  private final List<IncidentEvent> events = new ArrayList<>();
  private String memberOf;
  private IncidentAlert member;

  Journal(IncidentRepository incidents) {
    this.incidents = incidents;
  }

  /** The member alert the following events of incident {@code incidentId} are about. */
  Journal concerning(String incidentId, IncidentAlert member) {
    this.memberOf = incidentId;
    this.member = member;
    return this;
  }

  Incident record(Incident.Builder next, IncidentEventType type, Cause cause, Instant at) {
    return record(next, type, cause, at, null, null);
  }

  Incident record(
      Incident.Builder next,
      IncidentEventType type,
      Cause cause,
      Instant at,
      Severity previousSeverity,
      String escalationTarget) {
    long revision = next.getRevision() + 1;
    Incident incident = next.setRevision(revision).setUpdatedAt(at).build();
    incidents.save(incident);
    events.add(
        IncidentEvent.newBuilder()
            .setEventId(incident.getIncidentId() + "#" + revision)
            .setIncidentId(incident.getIncidentId())
            .setType(type)
            .setOccurredAt(at)
            .setCause(cause)
            .setPreviousSeverity(previousSeverity)
            .setEscalationTarget(escalationTarget)
            .setIncident(incident)
            .setAlert(incident.getIncidentId().equals(memberOf) ? member : null)
            .build());
    return incident;
  }

  List<IncidentEvent> events() {
    return List.copyOf(events);
  }
}
