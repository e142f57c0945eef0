package dev.responder.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScenarioTraceTest {

  private static final String INCIDENT = "INC-20261127-ABCDEFGH";
  private static final String RESTART = "restart_workers";
  private static final Instant AT = Instant.parse("2026-11-27T05:08:37Z");
  private static final long MS = 1_000_000;

  @BeforeAll
  static void trustTheContractClasses() {
    // Records are built here before any serde exists, which is what installs the trust otherwise.
    ContractClassTrust.install();
  }

  private final Scenario scenario = SeedScenarios.named("worker-queue-stuck").orElseThrow();
  private final ScenarioTrace trace = new ScenarioTrace(scenario, Set.of(RESTART));

  @Test
  void shouldResolveAsExpectedWithTimesFromTheAlert() {
    // given
    trace.sent(0);
    trace.event(event(IncidentEventType.OPENED), 180 * MS);

    // when
    trace.outcome(
        outcome(OutcomeKind.ACTION, RESTART, OutcomeStatus.SUCCEEDED, OutcomeReason.COMPLETED),
        420 * MS);
    trace.outcome(
        outcome(OutcomeKind.VERIFICATION, "verify", OutcomeStatus.SUCCEEDED, OutcomeReason.FIXED),
        5_000 * MS);
    trace.event(event(IncidentEventType.RESOLVED), 21_000 * MS);

    // then
    ScenarioResult result = trace.result();
    assertThat(result.resolved()).isTrue();
    assertThat(result.incident()).isEqualTo(INCIDENT);
    assertThat(result.severity()).isEqualTo("P2");
    assertThat(result.actions())
        .containsExactly(
            new ActionTaken(RESTART, "kubernetes.rolloutRestart", "crm-worker", "SUCCEEDED", null));
    assertThat(result.alertToIncidentMs()).isEqualTo(180);
    assertThat(result.alertToFirstActionMs()).isEqualTo(420);
    assertThat(result.alertToResolvedMs()).isEqualTo(21_000);
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void shouldNotCountAnIncidentResolvedWithoutTheRunbooksActionAsExpected() {
    // given
    trace.sent(0);
    trace.event(event(IncidentEventType.OPENED), MS);

    // when the guardrails held the restart back
    trace.outcome(
        outcome(OutcomeKind.ACTION, RESTART, OutcomeStatus.SKIPPED, OutcomeReason.COOLDOWN_ACTIVE),
        2 * MS);
    trace.event(event(IncidentEventType.RESOLVED), 3 * MS);

    // then
    ScenarioResult result = trace.result();
    assertThat(result.resolved()).isFalse();
    assertThat(result.actions()).extracting(ActionTaken::status).containsExactly("SKIPPED");
    assertThat(result.problems())
        .containsExactly("expected kubernetes.rolloutRestart crm-worker to succeed");
    assertThat(result.alertToFirstActionMs()).isNull();
  }

  @Test
  void shouldAskForAnApprovalOnceAndRecordWhoGaveIt() {
    // given
    trace.event(event(IncidentEventType.OPENED), MS);
    RemediationOutcome waiting =
        outcome(
            OutcomeKind.ACTION,
            RESTART,
            OutcomeStatus.AWAITING_APPROVAL,
            OutcomeReason.APPROVAL_REQUIRED);

    // when
    boolean before = trace.awaitsApproval(waiting);
    trace.approved(waiting.getActionKey(), "carol");
    trace.outcome(
        outcome(OutcomeKind.ACTION, RESTART, OutcomeStatus.SUCCEEDED, OutcomeReason.COMPLETED),
        2 * MS);

    // then
    assertThat(before).isTrue();
    assertThat(trace.awaitsApproval(waiting)).isFalse();
    assertThat(trace.result().actions())
        .extracting(ActionTaken::approvedBy)
        .containsExactly("carol");
  }

  private static IncidentEvent event(IncidentEventType type) {
    Incident incident =
        Incident.newBuilder()
            .setIncidentId(INCIDENT)
            .setRunbookId("worker-queue-stuck")
            .setTitle("Worker Queue Stuck")
            .setSeverity(Severity.P2)
            .setStatus(
                type == IncidentEventType.RESOLVED ? IncidentStatus.RESOLVED : IncidentStatus.OPEN)
            .setGroupKey("worker-queue-stuck{namespace=\"crm\"}")
            .setCatalogVersion("test")
            .setDetectedAt(AT)
            .setResponseDueAt(AT.plusSeconds(3600))
            .setUpdatedAt(AT)
            .setCommander("carol")
            .build();
    return IncidentEvent.newBuilder()
        .setEventId(INCIDENT + "#1")
        .setIncidentId(INCIDENT)
        .setType(type)
        .setOccurredAt(AT)
        .setCause(Cause.newBuilder().setKind(CauseKind.ALERT).build())
        .setIncident(incident)
        .build();
  }

  private static RemediationOutcome outcome(
      OutcomeKind kind, String step, OutcomeStatus status, OutcomeReason reason) {
    String key = INCIDENT + "/worker-queue-stuck/" + step + "/crm/deployment/crm-worker";
    return RemediationOutcome.newBuilder()
        .setOutcomeId(key + "#" + status)
        .setIncidentId(INCIDENT)
        .setRunbookId("worker-queue-stuck")
        .setStep(step)
        .setKind(kind)
        .setOperation(kind == OutcomeKind.ACTION ? "kubernetes.rolloutRestart" : "verification")
        .setTarget("crm/deployment/crm-worker")
        .setStatus(status)
        .setReason(reason)
        .setEvidence(Evidence.newBuilder().build())
        .setStartedAt(AT)
        .setFinishedAt(AT)
        .setCatalogVersion("test")
        .setActionKey(key)
        .build();
  }
}
