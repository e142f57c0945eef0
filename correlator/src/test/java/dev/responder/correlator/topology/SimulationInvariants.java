package dev.responder.correlator.topology;

import dev.responder.correlator.domain.Disposition;
import dev.responder.correlator.domain.EscalationLevel;
import dev.responder.correlator.testing.WeekdayPolicy;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.CauseKind;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The promises the simulation checks after every step, from the events the correlator emitted and
 * the state its stores hold: no incident opened twice; every alert record ends in exactly one
 * disposition; every alert the correlator put in an incident is a firing member of exactly that one
 * live incident (until it resolves or a person or the clock closes the incident), and no other
 * incident holds it; every clock escalation at its due time, none left overdue once the clock has
 * ticked, and none after an acknowledgement.
 */
final class SimulationInvariants {

  private static final Duration TICK = Duration.ofSeconds(10);
  private static final List<EscalationLevel> PATH = WeekdayPolicy.PATH;

  private final List<String> violations = new ArrayList<>();
  private final Map<String, Integer> openings = new HashMap<>();
  private final Map<String, String> incidentOf = new TreeMap<>();
  private final Set<String> acknowledged = new HashSet<>();

  List<String> violations() {
    return violations;
  }

  void onEvent(IncidentEvent event) {
    String id = event.getIncidentId();
    IncidentAlert alert = event.getAlert();
    switch (event.getType()) {
      case OPENED -> {
        if (openings.merge(id, 1, Integer::sum) > 1) {
          violations.add(id + " opened twice");
        }
        join(id, alert);
      }
      case REOPENED -> {
        acknowledged.remove(id);
        join(id, alert);
      }
      case ALERT_ADDED -> join(id, alert);
      case ALERT_RESOLVED -> {
        if (alert != null) {
          incidentOf.remove(alert.getFingerprint(), id);
        }
      }
      case RESOLVED -> {
        // Its firing members stay with it: resolved by a person or the clock while Alertmanager
        // still fires them, they come back to life if the incident reopens.
      }
      case ACKNOWLEDGED -> acknowledged.add(id);
      case RESPONSE_DEADLINE_BREACHED -> {
        checkNotAcknowledged(event);
        checkAt(event, event.getIncident().getResponseDueAt());
      }
      case ESCALATED -> {
        String detail = event.getCause().getDetail();
        boolean ladder =
            event.getCause().getKind() == CauseKind.CLOCK
                && detail != null
                && detail.startsWith("still unacknowledged");
        if (ladder) {
          checkNotAcknowledged(event);
          Incident header = event.getIncident();
          checkAt(event, climbAt(header.getResponseDueAt(), header.getEscalationLevel() - 1));
        }
      }
      default -> {
        // COMMANDER_ASSIGNED, SEVERITY_CHANGED, SUPPRESSED and the like promise nothing checked
        // here.
      }
    }
  }

  /** After one alert record (null: undecodable bytes) was piped in. */
  void afterAlert(CorrelatorDriver correlator, Alert alert, Map<Disposition, Long> dispositions) {
    long recorded = dispositions.values().stream().mapToLong(Long::longValue).sum();
    if (recorded != 1) {
      String what =
          alert == null ? "undecodable record" : alert.getFingerprint() + " " + alert.getStatus();
      violations.add(what + " got " + recorded + " dispositions: " + dispositions);
    }
    checkMembers(correlator);
  }

  void afterCommand(CorrelatorDriver correlator) {
    checkMembers(correlator);
  }

  void afterRestart(CorrelatorDriver correlator) {
    checkMembers(correlator);
  }

  /** After the wall clock moved by {@code by} to {@code now}: no climb may be left overdue. */
  void afterWallClock(CorrelatorDriver correlator, Instant now, Duration by) {
    if (by.compareTo(TICK) >= 0) {
      Instant lastTick = now.minus(TICK);
      for (Incident incident : incidents(correlator).values()) {
        int level = incident.getEscalationLevel();
        if (incident.getStatus() == IncidentStatus.OPEN && level < PATH.size()) {
          Instant due = climbAt(incident.getResponseDueAt(), level);
          if (!due.isAfter(lastTick)) {
            violations.add(
                incident.getIncidentId()
                    + " still at level "
                    + level
                    + " at "
                    + now
                    + ", due "
                    + due);
          }
        }
      }
    }
    checkMembers(correlator);
  }

  /** The ids of the live incidents, sorted, for the schedule to pick from. */
  List<String> liveIncidents(CorrelatorDriver correlator) {
    return incidents(correlator).values().stream()
        .filter(incident -> incident.getStatus() != IncidentStatus.RESOLVED)
        .map(Incident::getIncidentId)
        .sorted()
        .toList();
  }

  private void join(String incidentId, IncidentAlert alert) {
    if (alert != null && alert.getStatus() == AlertStatus.FIRING) {
      incidentOf.put(alert.getFingerprint(), incidentId);
    }
  }

  private void checkNotAcknowledged(IncidentEvent event) {
    if (acknowledged.contains(event.getIncidentId())) {
      violations.add(event.getIncidentId() + " " + event.getType() + " after its acknowledgement");
    }
  }

  private void checkAt(IncidentEvent event, Instant due) {
    if (!event.getOccurredAt().equals(due)) {
      violations.add(
          event.getEventId()
              + " "
              + event.getType()
              + " at "
              + event.getOccurredAt()
              + ", due "
              + due);
    }
  }

  /** When an incident climbs from {@code level} to the next: the deadline plus the waits so far. */
  private static Instant climbAt(Instant responseDue, int level) {
    Instant at = responseDue;
    for (EscalationLevel reached : PATH.subList(0, level)) {
      at = at.plus(reached.waitBeforeNext().orElse(Duration.ZERO));
    }
    return at;
  }

  private void checkMembers(CorrelatorDriver correlator) {
    Map<String, Incident> incidents = incidents(correlator);
    Map<String, List<String>> liveHolders = new TreeMap<>();
    KeyValueStore<String, IncidentAlert> members = correlator.store(StoreState.MEMBERS);
    try (KeyValueIterator<String, IncidentAlert> all = members.all()) {
      while (all.hasNext()) {
        KeyValue<String, IncidentAlert> member = all.next();
        String incidentId = member.key.substring(0, member.key.indexOf('\0'));
        Incident incident = incidents.get(incidentId);
        if (incident != null
            && incident.getStatus() != IncidentStatus.RESOLVED
            && member.value.getStatus() == AlertStatus.FIRING) {
          liveHolders
              .computeIfAbsent(member.value.getFingerprint(), f -> new ArrayList<>())
              .add(incidentId);
        }
      }
    }
    liveHolders.forEach(
        (fingerprint, holders) -> {
          if (holders.size() > 1) {
            violations.add(
                fingerprint + " is firing in " + holders.size() + " live incidents " + holders);
          } else if (!holders.get(0).equals(incidentOf.get(fingerprint))) {
            violations.add(
                fingerprint
                    + " is firing in "
                    + holders.get(0)
                    + " but the events put it in "
                    + incidentOf.get(fingerprint));
          }
        });
    incidentOf.forEach(
        (fingerprint, incidentId) -> {
          Incident incident = incidents.get(incidentId);
          boolean live = incident != null && incident.getStatus() != IncidentStatus.RESOLVED;
          if (live && !liveHolders.containsKey(fingerprint)) {
            violations.add(
                fingerprint + " joined " + incidentId + " but no live incident holds it firing");
          }
        });
  }

  private static Map<String, Incident> incidents(CorrelatorDriver correlator) {
    Map<String, Incident> incidents = new HashMap<>();
    KeyValueStore<String, Incident> store = correlator.store(StoreState.INCIDENTS);
    try (KeyValueIterator<String, Incident> all = store.all()) {
      all.forEachRemaining(entry -> incidents.put(entry.key, entry.value));
    }
    return incidents;
  }
}
