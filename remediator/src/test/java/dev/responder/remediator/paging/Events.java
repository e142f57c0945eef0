package dev.responder.remediator.paging;

import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.CauseKind;
import dev.responder.schemas.avro.Evidence;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.serde.ContractClassTrust;
import java.time.Instant;
import java.util.Map;

/** Incident events and outcomes of one P1 api-unresponsive incident, as the paging tests need. */
public final class Events {

  public static final Instant DETECTED = Instant.parse("2026-12-03T03:00:00Z");

  static {
    // Builders of records that nest records need Avro to trust the contract classes.
    ContractClassTrust.install();
  }

  private Events() {}

  /**
   * An event of {@code type} for {@code incidentId} at correlator escalation level {@code climbs}.
   */
  public static IncidentEvent event(
      String incidentId, IncidentEventType type, int climbs, Instant at) {
    Incident.Builder incident =
        Incident.newBuilder()
            .setIncidentId(incidentId)
            .setRunbookId("api-unresponsive")
            .setTitle("API Unresponsive")
            .setSeverity(Severity.P1)
            .setStatus(
                switch (type) {
                  case ACKNOWLEDGED -> IncidentStatus.ACKNOWLEDGED;
                  case RESOLVED -> IncidentStatus.RESOLVED;
                  case SUPPRESSED -> IncidentStatus.SUPPRESSED;
                  default -> IncidentStatus.OPEN;
                })
            .setGroupKey("api-unresponsive/crm")
            .setNamespace("crm")
            .setService("crm-backend")
            .setCatalogVersion("2026.12.1")
            .setClassificationReason("api-unresponsive matched by labels")
            .setDetectedAt(DETECTED)
            .setResponseDueAt(DETECTED.plusSeconds(900))
            .setCommander("carol")
            .setEscalationLevel(climbs)
            .setUpdatedAt(at);
    if (type == IncidentEventType.ACKNOWLEDGED) {
      incident.setAcknowledgedAt(at).setAcknowledgedBy("alice");
    }
    if (type == IncidentEventType.RESOLVED) {
      incident.setResolvedAt(at);
    }
    return IncidentEvent.newBuilder()
        .setEventId(incidentId + "-" + type + "-" + at.toEpochMilli())
        .setIncidentId(incidentId)
        .setType(type)
        .setOccurredAt(at)
        .setCause(Cause.newBuilder().setKind(CauseKind.ALERT).setDetail("because").build())
        .setPreviousSeverity(type == IncidentEventType.SEVERITY_CHANGED ? Severity.P2 : null)
        .setEscalationTarget(type == IncidentEventType.ESCALATED ? "Platform lead" : null)
        .setIncident(incident.build())
        .build();
  }

  /** A step's outcome for {@code incidentId}. */
  public static RemediationOutcome outcome(
      String incidentId, OutcomeKind kind, OutcomeStatus status, OutcomeReason reason) {
    String key = incidentId + "/api-unresponsive/restart_backend/crm/deployment/crm-backend";
    return RemediationOutcome.newBuilder()
        .setOutcomeId("out-" + kind + "-" + status)
        .setIncidentId(incidentId)
        .setRunbookId("api-unresponsive")
        .setStep("restart_backend")
        .setKind(kind)
        .setOperation("kubernetes.rolloutRestart")
        .setTarget("crm/deployment/crm-backend")
        .setStatus(status)
        .setReason(reason)
        .setMessage("waiting for APPROVE or REJECT within PT30M")
        .setEvidence(Evidence.newBuilder().setFigures(Map.of()).build())
        .setStartedAt(DETECTED)
        .setFinishedAt(DETECTED)
        .setCatalogVersion("2026.12.1")
        .setActionKey(key)
        .build();
  }
}
