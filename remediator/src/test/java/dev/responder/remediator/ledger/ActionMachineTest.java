package dev.responder.remediator.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.planning.ActionKey;
import dev.responder.planning.PlanContext;
import dev.responder.planning.PlannedStep;
import dev.responder.planning.StepKind;
import dev.responder.planning.StepParams;
import dev.responder.remediator.guard.Approval;
import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.guard.Verdict;
import dev.responder.remediator.ledger.ActionMachine.Effect;
import dev.responder.remediator.ledger.ActionMachine.Step;
import dev.responder.remediator.port.Applied;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each transition of the action state machine, on its own: given a state, when an input, then. */
class ActionMachineTest {

  private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

  private static Optional<LedgerEntry> entry(LedgerState state, String causeEventId) {
    return Optional.of(
        new LedgerEntry(
            new ActionKey("INC-1", "api-unresponsive", "restart", "crm/deployment/crm-backend"),
            new PlannedStep(
                "restart",
                StepKind.ACTION,
                "kubernetes.rolloutRestart",
                StepParams.of(Map.of()),
                List.of()),
            new PlanContext("INC-1", "api-unresponsive", "P2", "v1", causeEventId, "title"),
            state,
            2,
            NOW,
            Optional.empty(),
            Optional.empty()));
  }

  private static void assertStep(
      Step step, LedgerState next, OutcomeStatus status, OutcomeReason reason, Effect effect) {
    assertThat(step.next()).contains(next);
    assertThat(step.report()).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(status));
    assertThat(step.report()).hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(reason));
    assertThat(step.effect()).isEqualTo(effect);
  }

  // --- admission ---

  @Test
  void shouldAdmitAKeyNoOneHoldsAtTheFirstAttempt() {
    ActionMachine.Admission admission = ActionMachine.admit(Optional.empty(), "evt-1", false);

    assertThat(admission.isHeld()).isFalse();
    assertThat(admission.attempt()).isEqualTo(1);
    assertThat(admission.answersApproval()).isFalse();
  }

  @Test
  void shouldHoldAKeyInEveryStateThatIsNotReleased() {
    for (LedgerState state : LedgerState.values()) {
      ActionMachine.Admission admission =
          ActionMachine.admit(entry(state, "evt-1"), "evt-2", false);

      assertThat(admission.isHeld()).as(state.name()).isEqualTo(!state.isReleased());
    }
  }

  @Test
  void shouldAdmitAReleasedKeyForALaterEventAtTheNextAttempt() {
    ActionMachine.Admission admission =
        ActionMachine.admit(entry(LedgerState.FAILED, "evt-1"), "evt-2", false);

    assertThat(admission.isHeld()).isFalse();
    assertThat(admission.attempt()).isEqualTo(3);
  }

  @Test
  void shouldHoldAReleasedKeyAgainstARedeliveryOfTheEventThatReleasedIt() {
    ActionMachine.Admission admission =
        ActionMachine.admit(entry(LedgerState.FAILED, "evt-1"), "evt-1", false);

    assertThat(admission.held()).contains(LedgerState.FAILED);
    assertThat(admission.attempt()).isEqualTo(2);
  }

  @Test
  void shouldLetAnApprovalAnswerAWaitingKeyAtTheSameAttempt() {
    ActionMachine.Admission admission =
        ActionMachine.admit(entry(LedgerState.AWAITING_APPROVAL, "evt-1"), "evt-1", true);

    assertThat(admission.isHeld()).isFalse();
    assertThat(admission.answersApproval()).isTrue();
    assertThat(admission.attempt()).isEqualTo(2);
  }

  @Test
  void shouldHoldAWaitingKeyAgainstAnythingButAnApproval() {
    assertThat(
            ActionMachine.admit(entry(LedgerState.AWAITING_APPROVAL, "evt-1"), "evt-2", false)
                .held())
        .contains(LedgerState.AWAITING_APPROVAL);
    assertThat(ActionMachine.admit(entry(LedgerState.APPLIED, "evt-1"), "evt-1", true).held())
        .contains(LedgerState.APPLIED);
  }

  // --- the verdict ---

  @Test
  void shouldWriteIntentAndActWhenTheGuardrailsLetItProceed() {
    Step step = ActionMachine.weigh(Verdict.PROCEED, false, "");

    assertThat(step.next()).contains(LedgerState.INTENT);
    assertThat(step.report()).isEmpty();
    assertThat(step.effect()).isEqualTo(Effect.ACT);
  }

  @Test
  void shouldWaitForApprovalWhenOneIsRequired() {
    assertStep(
        ActionMachine.weigh(Verdict.APPROVAL_REQUIRED, false, "waiting"),
        LedgerState.AWAITING_APPROVAL,
        OutcomeStatus.AWAITING_APPROVAL,
        OutcomeReason.APPROVAL_REQUIRED,
        Effect.NONE);
  }

  @Test
  void shouldWriteNothingForANewClaimAGuardrailStops() {
    Step step = ActionMachine.weigh(Verdict.COOLDOWN_ACTIVE, false, "cooldown active");

    assertThat(step.next()).isEmpty();
    assertThat(step.report())
        .contains(
            new ActionMachine.Report(
                OutcomeStatus.SKIPPED, OutcomeReason.COOLDOWN_ACTIVE, "cooldown active"));
    assertThat(step.effect()).isEqualTo(Effect.NONE);
  }

  @Test
  void shouldBlockAnApprovedClaimAGuardrailStops() {
    assertStep(
        ActionMachine.weigh(Verdict.KILL_SWITCH, true, "kill switch"),
        LedgerState.BLOCKED,
        OutcomeStatus.SKIPPED,
        OutcomeReason.KILL_SWITCH,
        Effect.NONE);
  }

  @Test
  void shouldHandAStepToAPersonWhenItsCircuitIsOpen() {
    Step step = ActionMachine.weigh(Verdict.CIRCUIT_OPEN, false, "circuit open");

    assertThat(step.next()).isEmpty();
    assertThat(step.effect()).isEqualTo(Effect.HAND_TO_PERSON);
  }

  // --- the call ---

  @Test
  void shouldRecordASuccessfulCallAppliedAndVerifyLater() {
    assertStep(
        ActionMachine.called(Result.ok(Observation.empty()), false),
        LedgerState.APPLIED,
        OutcomeStatus.SUCCEEDED,
        OutcomeReason.COMPLETED,
        Effect.VERIFY_LATER);
    assertThat(ActionMachine.called(Result.ok(Observation.empty()), false).report())
        .hasValueSatisfying(r -> assertThat(r.message()).isEqualTo("done"));
    assertThat(ActionMachine.called(Result.ok(Observation.empty(), "restarted"), false).report())
        .hasValueSatisfying(r -> assertThat(r.message()).isEqualTo("restarted"));
  }

  @Test
  void shouldRecordACallThatCannotHaveTakenEffectFailed() {
    assertStep(
        ActionMachine.called(Result.failed(FailureKind.PERMANENT, "forbidden"), false),
        LedgerState.FAILED,
        OutcomeStatus.FAILED,
        OutcomeReason.PERMANENT_ERROR,
        Effect.NONE);
    assertThat(ActionMachine.called(Result.failed(FailureKind.UNAVAILABLE, "open"), true).effect())
        .isEqualTo(Effect.HAND_TO_PERSON);
  }

  @Test
  void shouldReadTheTargetAfterACallThatMayHaveTakenEffect() {
    for (FailureKind kind :
        List.of(FailureKind.TIMEOUT, FailureKind.IN_DOUBT, FailureKind.UNEXPECTED)) {
      Step step = ActionMachine.called(Result.failed(kind, "lost"), false);

      assertThat(step.next()).as(kind.name()).isEmpty();
      assertThat(step.effect()).as(kind.name()).isEqualTo(Effect.READ_TARGET);
    }
  }

  @Test
  void shouldTrustTheTargetWhenItShowsTheEffect() {
    assertStep(
        ActionMachine.readBack(Applied.YES, "timeout"),
        LedgerState.APPLIED,
        OutcomeStatus.SUCCEEDED,
        OutcomeReason.COMPLETED,
        Effect.VERIFY_LATER);
  }

  @Test
  void shouldHandToAPersonWhatTheTargetDoesNotConfirm() {
    for (Applied applied : List.of(Applied.NO, Applied.UNKNOWN)) {
      assertStep(
          ActionMachine.readBack(applied, "timeout"),
          LedgerState.UNKNOWN,
          OutcomeStatus.UNKNOWN,
          OutcomeReason.UNKNOWN,
          Effect.HAND_TO_PERSON);
    }
  }

  // --- after a crash ---

  @Test
  void shouldRecordAnIntentTheTargetShowsAsAlreadyApplied() {
    assertStep(
        ActionMachine.reconcile(Applied.YES, Verdict.KILL_SWITCH, ""),
        LedgerState.APPLIED,
        OutcomeStatus.SUCCEEDED,
        OutcomeReason.ALREADY_APPLIED,
        Effect.VERIFY_LATER);
  }

  @Test
  void shouldActOnAnIntentTheTargetDoesNotShowOnlyWhenTheGuardrailsProceed() {
    Step step = ActionMachine.reconcile(Applied.NO, Verdict.PROCEED, "");

    assertThat(step.next()).isEmpty();
    assertThat(step.effect()).isEqualTo(Effect.ACT);
  }

  @Test
  void shouldReleaseAnIntentTheGuardrailsOfNowStop() {
    assertStep(
        ActionMachine.reconcile(Applied.NO, Verdict.KILL_SWITCH, "kill switch"),
        LedgerState.BLOCKED,
        OutcomeStatus.SKIPPED,
        OutcomeReason.KILL_SWITCH,
        Effect.NONE);
    assertStep(
        ActionMachine.reconcile(Applied.NO, Verdict.NOT_ACTIONABLE, "too old"),
        LedgerState.BLOCKED,
        OutcomeStatus.SKIPPED,
        OutcomeReason.NOT_ACTIONABLE,
        Effect.NONE);
    assertThat(ActionMachine.reconcile(Applied.NO, Verdict.CIRCUIT_OPEN, "open").effect())
        .isEqualTo(Effect.HAND_TO_PERSON);
  }

  @Test
  void shouldHandAnIntentTheTargetCannotTellAboutToAPerson() {
    assertStep(
        ActionMachine.reconcile(Applied.UNKNOWN, Verdict.PROCEED, ""),
        LedgerState.UNKNOWN,
        OutcomeStatus.UNKNOWN,
        OutcomeReason.UNKNOWN,
        Effect.HAND_TO_PERSON);
  }

  // --- approvals and verification ---

  @Test
  void shouldRunAnApprovalGivenInTime() {
    Step step = ActionMachine.answered(Approval.Resolution.APPROVED, "alice", "03:30");

    assertThat(step.next()).isEmpty();
    assertThat(step.effect()).isEqualTo(Effect.ACT);
  }

  @Test
  void shouldCloseARejectedOrLateAnswer() {
    assertStep(
        ActionMachine.answered(Approval.Resolution.REJECTED, "alice", "03:30"),
        LedgerState.REJECTED,
        OutcomeStatus.REJECTED,
        OutcomeReason.APPROVAL_REJECTED,
        Effect.NONE);
    assertStep(
        ActionMachine.answered(Approval.Resolution.EXPIRED, "alice", "03:30"),
        LedgerState.EXPIRED,
        OutcomeStatus.REJECTED,
        OutcomeReason.APPROVAL_EXPIRED,
        Effect.NONE);
  }

  @Test
  void shouldMoveAppliedActionsToVerifiedOrNotFixed() {
    assertStep(
        ActionMachine.verified(true, "up == 1"),
        LedgerState.VERIFIED,
        OutcomeStatus.SUCCEEDED,
        OutcomeReason.FIXED,
        Effect.NONE);
    assertStep(
        ActionMachine.verified(false, "up == 1"),
        LedgerState.NOT_FIXED,
        OutcomeStatus.FAILED,
        OutcomeReason.NOT_FIXED,
        Effect.NONE);
  }

  @Test
  void shouldNameEveryVerdictAndFailureInItsOutcome() {
    for (Verdict verdict : Verdict.values()) {
      assertThat(ActionMachine.reason(verdict)).as(verdict.name()).isNotNull();
    }
    assertThat(ActionMachine.status(Verdict.DRY_RUN)).isEqualTo(OutcomeStatus.DRY_RUN);
    assertThat(ActionMachine.status(Verdict.PROCEED)).isEqualTo(OutcomeStatus.SUCCEEDED);
    assertThat(ActionMachine.status(Verdict.TARGET_NOT_ALLOWED)).isEqualTo(OutcomeStatus.SKIPPED);
    assertThat(ActionMachine.status(FailureKind.TIMEOUT)).isEqualTo(OutcomeStatus.TIMED_OUT);
    assertThat(ActionMachine.reason(FailureKind.TRANSIENT))
        .isEqualTo(OutcomeReason.TRANSIENT_ERROR);
    assertThat(ActionMachine.reason(FailureKind.UNEXPECTED))
        .isEqualTo(OutcomeReason.PERMANENT_ERROR);
    assertThat(ActionMachine.reason(FailureKind.IN_DOUBT))
        .isEqualTo(OutcomeReason.DEPENDENCY_UNAVAILABLE);
  }
}
