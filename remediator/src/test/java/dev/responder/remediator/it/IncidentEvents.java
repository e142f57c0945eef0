package dev.responder.remediator.it;

import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.CauseKind;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Incident events as the correlator writes them, for an incident of runbook in namespace crm. */
public final class IncidentEvents {

  private IncidentEvents() {}

  /** Event {@code evt-<incident>-<suffix>} of {@code type}, occurred at {@code now}. */
  public static IncidentEvent event(
      String incidentId,
      String runbook,
      Severity severity,
      IncidentEventType type,
      String suffix,
      Instant now) {
    Incident incident =
        Incident.newBuilder()
            .setIncidentId(incidentId)
            .setRunbookId(runbook)
            .setTitle(runbook + " in crm")
            .setSeverity(severity)
            .setStatus(IncidentStatus.OPEN)
            .setGroupKey(runbook + "/crm")
            .setGroupLabels(Map.of("namespace", "crm"))
            .setNamespace("crm")
            .setCatalogVersion("2026.11.1")
            .setDetectedAt(now)
            .setResponseDueAt(now.plus(Duration.ofHours(1)))
            .setUpdatedAt(now)
            .build();
    return IncidentEvent.newBuilder()
        .setEventId("evt-" + incidentId + "-" + suffix)
        .setIncidentId(incidentId)
        .setType(type)
        .setOccurredAt(now)
        .setCause(
            Cause.newBuilder()
                .setKind(CauseKind.ALERT)
                .setAlertFingerprint("fp-" + incidentId)
                .build())
        .setIncident(incident)
        .build();
  }
}
