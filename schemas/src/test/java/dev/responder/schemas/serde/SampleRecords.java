package dev.responder.schemas.serde;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.CauseKind;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.Evidence;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.LabelMatcher;
import dev.responder.schemas.avro.MatchOperator;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.avro.Silence;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Realistic contract records, modelled on the Alertmanager 0.25 fixture and the CRM runbook. */
final class SampleRecords {

  static final Instant STARTS_AT = Instant.parse("2026-11-27T05:08:37Z");
  static final Map<String, String> LABELS =
      Map.of(
          "alertname", "HighErrorRate",
          "namespace", "crm",
          "service", "crm-backend",
          "severity", "critical");

  private SampleRecords() {}

  static Alert alert() {
    return Alert.newBuilder()
        .setFingerprint("22199ddd4e790a23")
        .setStatus(AlertStatus.FIRING)
        .setSource(AlertSource.ALERTMANAGER)
        .setLabels(LABELS)
        .setAnnotations(Map.of("runbook", "restart", "summary", "5xx rate > 5%"))
        .setStartsAt(STARTS_AT)
        .setEndsAt(null)
        .setReceivedAt(STARTS_AT.plusMillis(1_250))
        .setGeneratorUrl("http://127.0.0.1/graph")
        .setGroupKey("{}:{alertname=\"HighErrorRate\", service=\"crm-backend\"}")
        .setReceiver("incident-pipeline")
        .setExternalUrl("http://vm:19093")
        .setRequestId("req-7f3a9c")
        .build();
  }

  static Incident incident() {
    IncidentAlert member =
        IncidentAlert.newBuilder()
            .setFingerprint("22199ddd4e790a23")
            .setStatus(AlertStatus.FIRING)
            .setSeverity(Severity.P2)
            .setStartsAt(STARTS_AT)
            .setLastSeenAt(STARTS_AT.plusSeconds(300))
            .setLabels(LABELS)
            .build();
    return Incident.newBuilder()
        .setIncidentId("INC-20261127-7F3A")
        .setRunbookId("high-error-rate")
        .setTitle("High error rate on crm-backend")
        .setSeverity(Severity.P2)
        .setStatus(IncidentStatus.ACKNOWLEDGED)
        .setGroupKey("high-error-rate/crm/crm-backend")
        .setGroupLabels(Map.of("namespace", "crm", "service", "crm-backend"))
        .setNamespace("crm")
        .setService("crm-backend")
        .setCatalogVersion("2026.11.1")
        .setClassificationReason("alertname=HighErrorRate matched runbook high-error-rate")
        .setDetectedAt(STARTS_AT.plusSeconds(2))
        .setResponseDueAt(STARTS_AT.plusSeconds(2 + 3600))
        .setAcknowledgedAt(STARTS_AT.plusSeconds(240))
        .setAcknowledgedBy("alice")
        .setCommander("alice")
        .setEscalationLevel(1)
        .setAlerts(List.of(member))
        .setUpdatedAt(STARTS_AT.plusSeconds(240))
        .setRevision(4)
        .build();
  }

  static IncidentEvent incidentEvent() {
    Cause cause =
        Cause.newBuilder()
            .setKind(CauseKind.COMMAND)
            .setCommandId("cmd-41")
            .setAuthor("alice")
            .setDetail("acknowledged from the console")
            .build();
    return IncidentEvent.newBuilder()
        .setEventId("evt-0004")
        .setIncidentId("INC-20261127-7F3A")
        .setType(IncidentEventType.ACKNOWLEDGED)
        .setOccurredAt(STARTS_AT.plusSeconds(240))
        .setCause(cause)
        .setPreviousSeverity(Severity.P3)
        .setIncident(incident())
        .build();
  }

  static RemediationOutcome outcome() {
    Evidence evidence =
        Evidence.newBuilder()
            .setFigures(Map.of("replicasBefore", "2", "replicasAfter", "4"))
            .setLines(List.of("crm-backend-6d9f7-abcde Running", "crm-backend-6d9f7-fghij Running"))
            .build();
    return RemediationOutcome.newBuilder()
        .setOutcomeId("out-0007")
        .setIncidentId("INC-20261127-7F3A")
        .setRunbookId("high-error-rate")
        .setStep("scale-up")
        .setKind(OutcomeKind.ACTION)
        .setOperation("kubernetes.scale")
        .setTarget("crm/deployment/crm-backend")
        .setStatus(OutcomeStatus.SUCCEEDED)
        .setReason(OutcomeReason.FIXED)
        .setMessage("scaled crm-backend from 2 to 4 replicas")
        .setEvidence(evidence)
        .setAttempt(2)
        .setStartedAt(STARTS_AT.plusSeconds(300))
        .setFinishedAt(STARTS_AT.plusSeconds(312))
        .setCatalogVersion("2026.11.1")
        .setActionKey("INC-20261127-7F3A/high-error-rate/scale-up/crm/deployment/crm-backend")
        .setCauseEventId("evt-0002")
        .build();
  }

  static Command command() {
    Silence silence =
        Silence.newBuilder()
            .setSilenceId("sil-9")
            .setMatchers(
                List.of(
                    new LabelMatcher("service", MatchOperator.EQUAL, "crm-worker"),
                    new LabelMatcher("alertname", MatchOperator.REGEX, "Queue.*")))
            .setExpiresAt(STARTS_AT.plusSeconds(7200))
            .build();
    return Command.newBuilder()
        .setCommandId("cmd-42")
        .setType(CommandType.SILENCE)
        .setIssuedAt(STARTS_AT.plusSeconds(60))
        .setAuthor("bob")
        .setComment("planned worker migration")
        .setSilence(silence)
        .build();
  }
}
