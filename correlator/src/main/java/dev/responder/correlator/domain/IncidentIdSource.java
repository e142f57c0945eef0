package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Alert;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Names the incident an alert opens. An id must never be given twice for the life of the log, even
 * after the incident is forgotten, because the remediator and the console key their own records by
 * it; so it cannot be derived from what the alert says (group, fingerprint, startsAt come back).
 * The topology's source derives it from where the opening alert was read (topic-partition-offset).
 */
@FunctionalInterface
public interface IncidentIdSource {

  String idFor(Alert opening, Instant detectedAt);

  /** Serials 1, 2, 3... in memory: for specifications of the lifecycle that read no stream. */
  static IncidentIdSource sequential() {
    AtomicLong serial = new AtomicLong();
    return (opening, detectedAt) -> IncidentIds.of(detectedAt, serial.incrementAndGet());
  }
}
