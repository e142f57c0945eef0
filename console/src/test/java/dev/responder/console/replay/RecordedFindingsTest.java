package dev.responder.console.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.console.projection.LogPosition;
import dev.responder.remediator.plan.Findings;
import dev.responder.schemas.avro.Evidence;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.serde.ContractClassTrust;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecordedFindingsTest {

  private static final Instant T0 = Instant.parse("2026-11-27T07:09:03Z");
  private long offset;

  @BeforeAll
  static void trustContractClasses() {
    ContractClassTrust.install();
  }

  @Test
  void shouldPlanOnTheFiguresTheActionsWereDecidedOnNotOnTheVerificationsReRun() {
    // given the plan's check, then the verification re-running the same check under the same event
    RecordedFindings findings =
        new RecordedFindings(
            List.of(
                check("worker_logs", "matches", "0", T0),
                check("worker_logs", "matches", "50", T0.plusSeconds(5))),
            Map.of());

    // when
    Findings planned = findings.forEvent("INC-1", "fp-1", "event-opened");

    // then
    assertThat(planned.figure("worker_logs", "matches")).hasValue(0.0);
  }

  @Test
  void shouldFallBackToTheIncidentsLatestFiguresWhenTheEventWasNeverChecked() {
    RecordedFindings findings =
        new RecordedFindings(
            List.of(
                check("queue_depth", "depth", "250", T0),
                check("queue_depth", "depth", "0", T0.plusSeconds(5))),
            Map.of());

    Findings planned = findings.forEvent("INC-1", "fp-1", "event-never-checked");

    assertThat(planned.figure("queue_depth", "depth")).hasValue(0.0);
  }

  private Recorded<RemediationOutcome> check(
      String step, String figure, String value, Instant finishedAt) {
    RemediationOutcome outcome =
        RemediationOutcome.newBuilder()
            .setOutcomeId("out-" + offset)
            .setIncidentId("INC-1")
            .setRunbookId("worker-queue-stuck")
            .setStep(step)
            .setKind(OutcomeKind.CHECK)
            .setOperation("kubernetes.logs")
            .setTarget("crm/deployment/crm-worker")
            .setStatus(OutcomeStatus.SUCCEEDED)
            .setReason(OutcomeReason.COMPLETED)
            .setEvidence(Evidence.newBuilder().setFigures(Map.of(figure, value)).build())
            .setStartedAt(finishedAt)
            .setFinishedAt(finishedAt)
            .setCatalogVersion("2026.11.1")
            .setActionKey("INC-1/worker-queue-stuck/" + step)
            .setCauseEventId("event-opened")
            .build();
    return new Recorded<>(
        new LogPosition("responder.outcomes.v1", 0, offset++), finishedAt, "INC-1", outcome);
  }
}
