package dev.responder.remediator.ledger;

import dev.responder.remediator.guard.Approval;
import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.guard.Verdict;
import dev.responder.remediator.port.Applied;
import dev.responder.remediator.port.Result;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import java.util.Optional;

/**
 * Every decision about one action key, as a pure state machine over {@link LedgerState}s: given the
 * key's ledger entry (or none), what came in (a claim, the guardrails' verdict, the result of the
 * call, what the target shows after a crash, a person's answer, a verification), it names the next
 * state, the outcome to publish and the one effect to run. It reads no clock, no database and no
 * client: the engine performs what it decides, the ledger stores it. The table of states and
 * transitions is in {@code docs/remediator.md}.
 */
public final class ActionMachine {

  private ActionMachine() {}

  /** The one thing to do after a transition is stored. */
  public enum Effect {
    /** Nothing more. */
    NONE,
    /** Call the target now: the key is in INTENT and this process holds it. */
    ACT,
    /** The call may have taken effect: read the target before deciding. */
    READ_TARGET,
    /** Automation stops here: tell the hand-off channel that a person must decide. */
    HAND_TO_PERSON,
    /** The action took effect: verify the incident after the runbook's delay. */
    VERIFY_LATER
  }

  /** What an outcome says: its status, reason and message. */
  public record Report(OutcomeStatus status, OutcomeReason reason, String message) {}

  /**
   * One transition: {@code next} is the state to write (empty: the key's state does not change),
   * {@code report} the outcome to publish with it, {@code effect} what to run afterwards.
   */
  public record Step(Optional<LedgerState> next, Optional<Report> report, Effect effect) {

    static Step to(LedgerState next, Report report, Effect effect) {
      return new Step(Optional.of(next), Optional.of(report), effect);
    }

    static Step say(Report report, Effect effect) {
      return new Step(Optional.empty(), Optional.of(report), effect);
    }
  }

  /**
   * Where a claim stands before the guardrails are asked: {@code held} when another claim holds the
   * key (and the guardrails are not asked at all), otherwise the attempt to write and whether it
   * answers a person's approval of the waiting key.
   */
  public record Admission(Optional<LedgerState> held, int attempt, boolean answersApproval) {

    public boolean isHeld() {
      return held.isPresent();
    }
  }

  /**
   * Admits a claim of a key whose entry is {@code existing}. A key no one holds is claimed at
   * attempt 1; a released key (FAILED, REJECTED, EXPIRED, BLOCKED) is claimed again, at the next
   * attempt, only by a later incident event, never by a redelivery of the one that released it; an
   * approval answers AWAITING_APPROVAL at the same attempt; any other state holds the key.
   */
  public static Admission admit(
      Optional<LedgerEntry> existing, String causeEventId, boolean approved) {
    if (existing.isEmpty()) {
      return new Admission(Optional.empty(), 1, false);
    }
    LedgerEntry entry = existing.get();
    if (approved && entry.state() == LedgerState.AWAITING_APPROVAL) {
      return new Admission(Optional.empty(), entry.attempt(), true);
    }
    boolean reclaimable =
        entry.state().isReleased() && !entry.context().causeEventId().equals(causeEventId);
    if (!reclaimable) {
      return new Admission(Optional.of(entry.state()), entry.attempt(), false);
    }
    return new Admission(Optional.empty(), entry.attempt() + 1, false);
  }

  /**
   * What the guardrails' verdict writes for an admitted claim: PROCEED writes INTENT and acts;
   * APPROVAL_REQUIRED writes AWAITING_APPROVAL; any other verdict writes nothing for a new claim
   * (the key stays free for a later event) and BLOCKED for an approved one (the approval is used
   * up); an open circuit hands the step to a person.
   */
  public static Step weigh(Verdict verdict, boolean answersApproval, String explanation) {
    if (verdict == Verdict.PROCEED) {
      return new Step(Optional.of(LedgerState.INTENT), Optional.empty(), Effect.ACT);
    }
    Report report = new Report(status(verdict), reason(verdict), explanation);
    Effect effect = verdict == Verdict.CIRCUIT_OPEN ? Effect.HAND_TO_PERSON : Effect.NONE;
    if (verdict == Verdict.APPROVAL_REQUIRED) {
      return Step.to(LedgerState.AWAITING_APPROVAL, report, effect);
    }
    return answersApproval
        ? Step.to(LedgerState.BLOCKED, report, effect)
        : Step.say(report, effect);
  }

  /**
   * The result of a call made from INTENT. Success is APPLIED; a failure that cannot have taken
   * effect is FAILED (released, so a later event may try again); one that may have taken effect
   * leaves the key in INTENT and reads the target first. A failure while the circuit is open is
   * handed to a person.
   */
  public static Step called(Result result, boolean circuitOpen) {
    if (result.succeeded()) {
      String message = result.message().isEmpty() ? "done" : result.message();
      return Step.to(
          LedgerState.APPLIED,
          new Report(OutcomeStatus.SUCCEEDED, OutcomeReason.COMPLETED, message),
          Effect.VERIFY_LATER);
    }
    FailureKind failure = result.failure().orElseThrow();
    if (failure.mayHaveTakenEffect()) {
      return new Step(Optional.empty(), Optional.empty(), Effect.READ_TARGET);
    }
    return Step.to(
        LedgerState.FAILED,
        new Report(status(failure), reason(failure), result.message()),
        circuitOpen ? Effect.HAND_TO_PERSON : Effect.NONE);
  }

  /**
   * What the target shows after a call that may have taken effect: YES is APPLIED; anything else is
   * UNKNOWN and a person decides, because acting twice is worse than not acting.
   */
  public static Step readBack(Applied applied, String failure) {
    if (applied == Applied.YES) {
      return Step.to(
          LedgerState.APPLIED,
          new Report(
              OutcomeStatus.SUCCEEDED,
              OutcomeReason.COMPLETED,
              "failed (" + failure + "), but the target shows it applied"),
          Effect.VERIFY_LATER);
    }
    return unknown(failure);
  }

  /**
   * An INTENT found after a crash. What the target shows decides first: YES is APPLIED without
   * acting again, UNKNOWN hands it to a person. NO means the effect never happened, so the claim is
   * weighed again as a first attempt would be, by the guardrails of now ({@code verdict}): PROCEED
   * acts, anything else releases the key as BLOCKED with the verdict as the reason.
   */
  public static Step reconcile(Applied applied, Verdict verdict, String explanation) {
    return switch (applied) {
      case YES ->
          Step.to(
              LedgerState.APPLIED,
              new Report(
                  OutcomeStatus.SUCCEEDED,
                  OutcomeReason.ALREADY_APPLIED,
                  "found applied on the target after a restart; not repeated"),
              Effect.VERIFY_LATER);
      case UNKNOWN ->
          unknown(
              "interrupted before its result was recorded; the target cannot tell whether it"
                  + " applied");
      case NO ->
          verdict == Verdict.PROCEED
              ? new Step(Optional.empty(), Optional.empty(), Effect.ACT)
              : Step.to(
                  LedgerState.BLOCKED,
                  new Report(
                      status(verdict),
                      reason(verdict),
                      "not applied before a restart, and not retried: " + explanation),
                  verdict == Verdict.CIRCUIT_OPEN ? Effect.HAND_TO_PERSON : Effect.NONE);
    };
  }

  /**
   * A person's answer to a key in AWAITING_APPROVAL, resolved at the moment it arrived: APPROVED
   * leaves the state to the claim that runs it (with the guardrails asked again), REJECTED and an
   * answer too late close the key.
   */
  public static Step answered(Approval.Resolution resolution, String author, String expiresAt) {
    return switch (resolution) {
      case APPROVED -> new Step(Optional.empty(), Optional.empty(), Effect.ACT);
      case REJECTED ->
          Step.to(
              LedgerState.REJECTED,
              new Report(
                  OutcomeStatus.REJECTED, OutcomeReason.APPROVAL_REJECTED, "rejected by " + author),
              Effect.NONE);
      case EXPIRED, WAITING -> expired("approval expired at " + expiresAt);
    };
  }

  /** A key in AWAITING_APPROVAL that no one answered before it expired. */
  public static Step expired(String message) {
    return Step.to(
        LedgerState.EXPIRED,
        new Report(OutcomeStatus.REJECTED, OutcomeReason.APPROVAL_EXPIRED, message),
        Effect.NONE);
  }

  /**
   * The verification of APPLIED actions: fixed is VERIFIED; not fixed is NOT_FIXED, and the outcome
   * saying so is what the correlator escalates on.
   */
  public static Step verified(boolean fixed, String condition) {
    return fixed
        ? Step.to(
            LedgerState.VERIFIED,
            new Report(OutcomeStatus.SUCCEEDED, OutcomeReason.FIXED, "fixed: " + condition),
            Effect.NONE)
        : Step.to(
            LedgerState.NOT_FIXED,
            new Report(OutcomeStatus.FAILED, OutcomeReason.NOT_FIXED, "not fixed: " + condition),
            Effect.NONE);
  }

  private static Step unknown(String why) {
    return Step.to(
        LedgerState.UNKNOWN,
        new Report(OutcomeStatus.UNKNOWN, OutcomeReason.UNKNOWN, why + "; not repeated"),
        Effect.HAND_TO_PERSON);
  }

  /** The outcome status a guardrail verdict publishes. */
  public static OutcomeStatus status(Verdict verdict) {
    return switch (verdict) {
      case PROCEED -> OutcomeStatus.SUCCEEDED;
      case DRY_RUN -> OutcomeStatus.DRY_RUN;
      case APPROVAL_REQUIRED -> OutcomeStatus.AWAITING_APPROVAL;
      default -> OutcomeStatus.SKIPPED;
    };
  }

  /** The outcome reason a guardrail verdict publishes. */
  public static OutcomeReason reason(Verdict verdict) {
    return switch (verdict) {
      case PROCEED -> OutcomeReason.COMPLETED;
      case KILL_SWITCH -> OutcomeReason.KILL_SWITCH;
      case TARGET_NOT_ALLOWED -> OutcomeReason.TARGET_NOT_ALLOWED;
      case COOLDOWN_ACTIVE -> OutcomeReason.COOLDOWN_ACTIVE;
      case RATE_BUDGET_EXHAUSTED -> OutcomeReason.RATE_BUDGET_EXHAUSTED;
      case DRY_RUN -> OutcomeReason.DRY_RUN_MODE;
      case CIRCUIT_OPEN -> OutcomeReason.CIRCUIT_OPEN;
      case APPROVAL_REQUIRED -> OutcomeReason.APPROVAL_REQUIRED;
      case NOT_ACTIONABLE -> OutcomeReason.NOT_ACTIONABLE;
    };
  }

  /** The outcome status of a failed call. */
  public static OutcomeStatus status(FailureKind failure) {
    return failure == FailureKind.TIMEOUT ? OutcomeStatus.TIMED_OUT : OutcomeStatus.FAILED;
  }

  /** The outcome reason of a failed call. */
  public static OutcomeReason reason(FailureKind failure) {
    return switch (failure) {
      case TRANSIENT -> OutcomeReason.TRANSIENT_ERROR;
      case PERMANENT -> OutcomeReason.PERMANENT_ERROR;
      case TIMEOUT -> OutcomeReason.TIMEOUT;
      case UNAVAILABLE, IN_DOUBT -> OutcomeReason.DEPENDENCY_UNAVAILABLE;
      // A defect in the adapter: calling again runs the same code, so retrying cannot help.
      case UNEXPECTED -> OutcomeReason.PERMANENT_ERROR;
    };
  }
}
