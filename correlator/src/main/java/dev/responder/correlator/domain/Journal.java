package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records lifecycle changes while one input is handled: each change bumps the incident's revision,
 * saves it, and appends the event that explains it. Event ids are incident id plus revision, so a
 * replay produces the same ids.
 */
final class Journal {

  private final IncidentRepository incidents;
  private final List<IncidentEvent> events = new ArrayList<>();

  Journal(IncidentRepository incidents) {
    this.incidents = incidents;
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
            .build());
    return incident;
  }

  List<IncidentEvent> events() {
    return List.copyOf(events);
  }
}
