package dev.responder.correlator.testing;

import dev.responder.schemas.avro.Evidence;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds outcomes as the remediator publishes them on the outcomes topic. */
public final class Outcomes {

  private Outcomes() {}

  /** A check the remediator ran for this incident, finished at {@code at}, with its figures. */
  public static RemediationOutcome check(
      String incidentId,
      String runbookId,
      String checkId,
      Map<String, String> figures,
      Instant at) {
    return RemediationOutcome.newBuilder()
        .setOutcomeId(incidentId + "/" + checkId + "#" + at.toEpochMilli())
        .setIncidentId(incidentId)
        .setRunbookId(runbookId)
        .setStep(checkId)
        .setKind(OutcomeKind.CHECK)
        .setOperation("test.check")
        .setTarget("crm/" + checkId)
        .setStatus(OutcomeStatus.SUCCEEDED)
        .setReason(OutcomeReason.COMPLETED)
        .setEvidence(new Evidence(figures, List.of("a log line the correlator does not keep")))
        .setStartedAt(at.minusSeconds(1))
        .setFinishedAt(at)
        .setCatalogVersion("test-1")
        .setActionKey(incidentId + "/" + runbookId + "/" + checkId)
        .build();
  }

  /** The remediator's verification of the runbook's actions: FIXED or NOT_FIXED, at {@code at}. */
  public static RemediationOutcome verification(
      String incidentId, String runbookId, boolean fixed, Instant at) {
    return RemediationOutcome.newBuilder()
        .setOutcomeId(incidentId + "/verify#" + at.toEpochMilli())
        .setIncidentId(incidentId)
        .setRunbookId(runbookId)
        .setStep("verify")
        .setKind(OutcomeKind.VERIFICATION)
        .setOperation("verification")
        .setTarget("incident/" + incidentId)
        .setStatus(fixed ? OutcomeStatus.SUCCEEDED : OutcomeStatus.FAILED)
        .setReason(fixed ? OutcomeReason.FIXED : OutcomeReason.NOT_FIXED)
        .setMessage((fixed ? "fixed: " : "not fixed: ") + "api_health.up == 1")
        .setEvidence(new Evidence(Map.of("api_health.up", "0"), List.of()))
        .setStartedAt(at.minusSeconds(1))
        .setFinishedAt(at)
        .setCatalogVersion("test-1")
        .setActionKey(incidentId + "/" + runbookId + "/verify")
        .build();
  }
}
