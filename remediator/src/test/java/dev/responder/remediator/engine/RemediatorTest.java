package dev.responder.remediator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.guard.Switches;
import dev.responder.remediator.ledger.LedgerEntry;
import dev.responder.remediator.ledger.LedgerState;
import dev.responder.remediator.port.Applied;
import dev.responder.remediator.port.Result;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.topics.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The remediator's decisions as specifications: given a ledger and what the systems answer, when an
 * incident event, a command, a tick or a restart comes, then these side effects, ledger states and
 * outcomes. Every transition of {@code docs/remediator.md}'s table is stated here against the
 * in-memory ledger; the PostgreSQL ITs prove only the transaction boundaries.
 */
class RemediatorTest {

  private static final String RESTART = "restart_backend";
  private static final String RESTART_CHANGE = "restart crm/crm-backend";

  private final RemediatorSpec spec = new RemediatorSpec();

  private void apiDown() {
    spec.systems.reports("http.health", Map.of("up", 0.0));
  }

  private RemediationOutcome onlyOutcome(String incident, String step) {
    return spec.outcomes(incident, step).stream()
        .filter(o -> o.getKind() != OutcomeKind.NOTIFICATION)
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no outcome of " + step));
  }

  private void assertOutcome(
      RemediationOutcome outcome, OutcomeStatus status, OutcomeReason reason) {
    assertThat(outcome.getStatus()).as("status").isEqualTo(status);
    assertThat(outcome.getReason()).as("reason").isEqualTo(reason);
  }

  // --- a first attempt: none -> INTENT -> APPLIED | FAILED | UNKNOWN ---

  @Test
  void shouldRestartTheBackendOnceAndRecordItAppliedWhenTheApiIsDown() {
    apiDown();

    spec.remediator().onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P2));

    assertThat(spec.systems.changes("restart")).containsExactly(RESTART_CHANGE);
    assertThat(spec.ledger.entry("INC-1", RESTART).state()).isEqualTo(LedgerState.APPLIED);
    assertOutcome(onlyOutcome("INC-1", RESTART), OutcomeStatus.SUCCEEDED, OutcomeReason.COMPLETED);
  }

  @Test
  void shouldTellPeopleBeforeActing() {
    apiDown();

    spec.remediator().onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P2));

    assertThat(spec.systems.changes).first().asString().startsWith("notify status-page");
    assertThat(spec.ledger.entry("INC-1", "stakeholders").state()).isEqualTo(LedgerState.APPLIED);
  }

  @Test
  void shouldSkipAnActionWhoseConditionsDoNotHold() {
    spec.systems.reports("http.health", Map.of("up", 1.0));

    spec.remediator().onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P2));

    assertThat(spec.systems.changes("restart")).isEmpty();
    assertThat(spec.ledger.has("INC-1", RESTART)).isFalse();
    RemediationOutcome outcome = onlyOutcome("INC-1", RESTART);
    assertOutcome(outcome, OutcomeStatus.SKIPPED, OutcomeReason.CONDITION_NOT_MET);
    assertThat(outcome.getMessage()).contains("api_health");
  }

  @Test
  void shouldActOnceWhenTheSameEventIsDeliveredTwice() {
    apiDown();
    Remediator remediator = spec.remediator();
    IncidentEvent opened = spec.opened("INC-1", "api-unresponsive", Severity.P2);
    remediator.onIncidentEvent(opened);

    remediator.onIncidentEvent(opened);

    assertThat(spec.systems.changes("restart")).hasSize(1);
    assertThat(spec.outcomes("INC-1", RESTART))
        .as("the redelivery's outcome has the first one's id, which the outbox holds already")
        .extracting(RemediationOutcome::getReason)
        .containsExactly(OutcomeReason.COMPLETED);
  }

  @Test
  void shouldRecordAFailedActionAndReleaseItsKeyForALaterEventOnly() {
    apiDown();
    spec.systems.answers(
        "kubernetes.rolloutRestart", Result.failed(FailureKind.PERMANENT, "forbidden"));
    Remediator remediator = spec.remediator();
    IncidentEvent opened = spec.opened("INC-1", "api-unresponsive", Severity.P2);
    remediator.onIncidentEvent(opened);
    remediator.onIncidentEvent(opened);
    spec.clock.advance(Duration.ofMinutes(1));

    remediator.onIncidentEvent(
        spec.event(
            "INC-1",
            "api-unresponsive",
            Severity.P2,
            IncidentEventType.SEVERITY_CHANGED,
            "severity"));

    assertThat(spec.systems.changes("restart")).hasSize(2);
    LedgerEntry entry = spec.ledger.entry("INC-1", RESTART);
    assertThat(entry.state()).isEqualTo(LedgerState.FAILED);
    assertThat(entry.attempt()).isEqualTo(2);
    assertThat(spec.outcomes("INC-1", RESTART))
        .extracting(RemediationOutcome::getReason)
        .containsExactly(OutcomeReason.PERMANENT_ERROR, OutcomeReason.PERMANENT_ERROR);
  }

  @Test
  void shouldRecordAppliedWhenATimedOutCallShowsOnTheTarget() {
    apiDown();
    spec.systems
        .answers("kubernetes.rolloutRestart", Result.failed(FailureKind.TIMEOUT, "no answer"))
        .shows("kubernetes.rolloutRestart", Applied.YES);

    spec.remediator().onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P2));

    assertThat(spec.ledger.entry("INC-1", RESTART).state()).isEqualTo(LedgerState.APPLIED);
    RemediationOutcome outcome = onlyOutcome("INC-1", RESTART);
    assertOutcome(outcome, OutcomeStatus.SUCCEEDED, OutcomeReason.COMPLETED);
    assertThat(outcome.getMessage()).contains("no answer").contains("target shows it applied");
  }

  @Test
  void shouldHandATimedOutCallTheTargetCannotConfirmToAPersonWithoutRepeatingIt() {
    apiDown();
    spec.systems.answers(
        "kubernetes.rolloutRestart", Result.failed(FailureKind.TIMEOUT, "no answer"));

    spec.remediator().onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P2));

    assertThat(spec.systems.changes("restart")).hasSize(1);
    assertThat(spec.ledger.entry("INC-1", RESTART).state()).isEqualTo(LedgerState.UNKNOWN);
    assertThat(spec.outcomes("INC-1", RESTART))
        .extracting(RemediationOutcome::getReason)
        .containsExactly(OutcomeReason.UNKNOWN, OutcomeReason.HANDED_TO_PERSON);
    assertThat(spec.systems.changes("notify slack:#crm-incidents"))
        .anyMatch(m -> m.contains("needs a person"));
  }

  // --- guardrails: no entry, or AWAITING_APPROVAL ---

  @Test
  void shouldChangeNothingButStillTellPeopleWithTheKillSwitchOn() {
    apiDown();
    spec.switches.set(new Switches(true, false));

    spec.remediator().onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P2));

    assertThat(spec.systems.changes("restart")).isEmpty();
    assertThat(spec.systems.changes("notify status-page")).hasSize(1);
    assertThat(spec.ledger.has("INC-1", RESTART)).isFalse();
    assertOutcome(onlyOutcome("INC-1", RESTART), OutcomeStatus.SKIPPED, OutcomeReason.KILL_SWITCH);
  }

  @Test
  void shouldSayWhatItWouldDoAndChangeNothingInDryRun() {
    apiDown();
    spec.switches.set(new Switches(false, true));

    spec.remediator().onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P2));

    assertThat(spec.systems.changes).isEmpty();
    RemediationOutcome outcome = onlyOutcome("INC-1", RESTART);
    assertOutcome(outcome, OutcomeStatus.DRY_RUN, OutcomeReason.DRY_RUN_MODE);
    assertThat(outcome.getMessage()).contains("would run kubernetes.rolloutRestart");
  }

  @Test
  void shouldNotRestartTheBackendForASecondIncidentWithinTheCooldown() {
    apiDown();
    Remediator remediator = spec.remediator();
    remediator.onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P2));
    spec.clock.advance(Duration.ofMinutes(5));

    remediator.onIncidentEvent(spec.opened("INC-2", "api-unresponsive", Severity.P2));

    assertThat(spec.systems.changes("restart")).hasSize(1);
    assertOutcome(
        onlyOutcome("INC-2", RESTART), OutcomeStatus.SKIPPED, OutcomeReason.COOLDOWN_ACTIVE);
  }

  @Test
  void shouldRestartForASecondIncidentOnceTheCooldownIsOver() {
    apiDown();
    Remediator remediator = spec.remediator();
    remediator.onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P2));
    spec.clock.advance(Duration.ofMinutes(16));

    remediator.onIncidentEvent(spec.opened("INC-2", "api-unresponsive", Severity.P2));

    assertThat(spec.systems.changes("restart")).hasSize(2);
  }

  // --- a reopened incident: a new generation of keys ---

  private IncidentEvent reopened(String incidentId) {
    IncidentEvent event =
        spec.event(
            incidentId, "api-unresponsive", Severity.P2, IncidentEventType.REOPENED, "reopened");
    return IncidentEvent.newBuilder(event)
        .setIncident(Incident.newBuilder(event.getIncident()).setReopenCount(1).build())
        .build();
  }

  @Test
  void shouldRunTheRunbookAgainWhenTheIncidentReopensAfterTheCooldown() {
    apiDown();
    Remediator remediator = spec.remediator();
    remediator.onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P2));
    spec.clock.advance(Duration.ofMinutes(20));

    remediator.onIncidentEvent(reopened("INC-1"));

    assertThat(spec.systems.changes("restart")).hasSize(2);
    assertThat(spec.ledger.entry("INC-1", RESTART).key().generation()).isZero();
    assertThat(
            spec.ledger.state(
                "INC-1@1/api-unresponsive/restart_backend/"
                    + spec.ledger.entry("INC-1", RESTART).key().target()))
        .isEqualTo(LedgerState.APPLIED);
  }

  @Test
  void shouldKeepTheCooldownForAnIncidentThatReopensSoon() {
    apiDown();
    Remediator remediator = spec.remediator();
    remediator.onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P2));
    spec.clock.advance(Duration.ofMinutes(5));

    remediator.onIncidentEvent(reopened("INC-1"));

    assertThat(spec.systems.changes("restart")).hasSize(1);
    assertThat(spec.outcomes("INC-1", RESTART))
        .extracting(RemediationOutcome::getReason)
        .containsExactly(OutcomeReason.COMPLETED, OutcomeReason.COOLDOWN_ACTIVE);
  }

  // --- approvals: AWAITING_APPROVAL -> INTENT | REJECTED | EXPIRED | BLOCKED ---

  private String awaitingApproval() {
    apiDown();
    spec.remediator().onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P1));
    return spec.ledger.entry("INC-1", RESTART).key().value();
  }

  @Test
  void shouldAskForApprovalAtP1AndChangeNothingYet() {
    awaitingApproval();

    assertThat(spec.systems.changes("restart")).isEmpty();
    assertThat(spec.ledger.entry("INC-1", RESTART).state())
        .isEqualTo(LedgerState.AWAITING_APPROVAL);
    assertOutcome(
        onlyOutcome("INC-1", RESTART),
        OutcomeStatus.AWAITING_APPROVAL,
        OutcomeReason.APPROVAL_REQUIRED);
  }

  @Test
  void shouldRestartWhenAPersonApprovesInTime() {
    String key = awaitingApproval();
    spec.clock.advance(Duration.ofMinutes(10));

    spec.remediator().onCommand(spec.answer(CommandType.APPROVE, key));

    assertThat(spec.systems.changes("restart")).hasSize(1);
    LedgerEntry entry = spec.ledger.entry("INC-1", RESTART);
    assertThat(entry.state()).isEqualTo(LedgerState.APPLIED);
    assertThat(entry.attempt()).isEqualTo(1);
  }

  @Test
  void shouldCloseTheKeyWhenAPersonRejects() {
    String key = awaitingApproval();

    spec.remediator().onCommand(spec.answer(CommandType.REJECT, key));

    assertThat(spec.systems.changes("restart")).isEmpty();
    assertThat(spec.ledger.state(key)).isEqualTo(LedgerState.REJECTED);
    RemediationOutcome outcome = onlyOutcome("INC-1", RESTART);
    assertOutcome(outcome, OutcomeStatus.REJECTED, OutcomeReason.APPROVAL_REJECTED);
    assertThat(outcome.getMessage()).isEqualTo("rejected by alice");
  }

  @Test
  void shouldCountAnApprovalThatComesTooLateAsExpired() {
    String key = awaitingApproval();
    spec.clock.advance(RemediatorSpec.APPROVAL_TTL);

    spec.remediator().onCommand(spec.answer(CommandType.APPROVE, key));

    assertThat(spec.systems.changes("restart")).isEmpty();
    assertThat(spec.ledger.state(key)).isEqualTo(LedgerState.EXPIRED);
    assertOutcome(
        onlyOutcome("INC-1", RESTART), OutcomeStatus.REJECTED, OutcomeReason.APPROVAL_EXPIRED);
  }

  @Test
  void shouldExpireAnUnansweredApprovalOnTheTick() {
    String key = awaitingApproval();
    Remediator remediator = spec.remediator();
    spec.clock.advance(RemediatorSpec.APPROVAL_TTL.minusSeconds(1));
    remediator.tick();
    assertThat(spec.ledger.state(key)).isEqualTo(LedgerState.AWAITING_APPROVAL);
    spec.clock.advance(Duration.ofSeconds(1));

    remediator.tick();

    assertThat(spec.ledger.state(key)).isEqualTo(LedgerState.EXPIRED);
  }

  @Test
  void shouldBlockAnApprovedActionWhenTheKillSwitchWasTurnedOnMeanwhile() {
    String key = awaitingApproval();
    spec.switches.set(new Switches(true, false));

    spec.remediator().onCommand(spec.answer(CommandType.APPROVE, key));

    assertThat(spec.systems.changes("restart")).isEmpty();
    assertThat(spec.ledger.state(key)).isEqualTo(LedgerState.BLOCKED);
    assertOutcome(onlyOutcome("INC-1", RESTART), OutcomeStatus.SKIPPED, OutcomeReason.KILL_SWITCH);
  }

  @Test
  void shouldIgnoreAnAnswerForAKeyThatWaitsForNothing() {
    apiDown();
    spec.remediator().onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P2));
    String key = spec.ledger.entry("INC-1", RESTART).key().value();

    spec.remediator().onCommand(spec.answer(CommandType.APPROVE, key));

    assertThat(spec.systems.changes("restart")).hasSize(1);
    assertThat(spec.ledger.state(key)).isEqualTo(LedgerState.APPLIED);
  }

  // --- verification: APPLIED -> VERIFIED | NOT_FIXED ---

  @Test
  void shouldVerifyAppliedActionsAfterTheRunbooksDelay() {
    apiDown();
    Remediator remediator = spec.remediator();
    remediator.onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P2));
    spec.systems
        .reports("http.health", Map.of("up", 1.0))
        .reports("kubernetes.pods", Map.of("notReady", 0.0));
    spec.clock.advance(Duration.ofMinutes(1));
    remediator.tick();
    assertThat(spec.outcomes("INC-1", Verifier.STEP_ID)).isEmpty();
    spec.clock.advance(Duration.ofMinutes(1));

    remediator.tick();

    assertThat(spec.ledger.entry("INC-1", RESTART).state()).isEqualTo(LedgerState.VERIFIED);
    assertOutcome(
        onlyOutcome("INC-1", Verifier.STEP_ID), OutcomeStatus.SUCCEEDED, OutcomeReason.FIXED);
  }

  @Test
  void shouldReportNotFixedAndWriteNoCommandWhenTheActionDidNotHelp() {
    apiDown();
    Remediator remediator = spec.remediator();
    remediator.onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P2));
    spec.clock.advance(Duration.ofMinutes(2));

    remediator.tick();

    assertThat(spec.ledger.entry("INC-1", RESTART).state()).isEqualTo(LedgerState.NOT_FIXED);
    RemediationOutcome outcome = onlyOutcome("INC-1", Verifier.STEP_ID);
    assertOutcome(outcome, OutcomeStatus.FAILED, OutcomeReason.NOT_FIXED);
    assertThat(outcome.getKind()).isEqualTo(OutcomeKind.VERIFICATION);
    assertThat(spec.ledger.messages(Topics.COMMANDS.name()))
        .as("only the operator API writes commands; the correlator escalates on the outcome")
        .isEmpty();
  }

  // --- an event over the maximum age ---

  @Test
  void shouldNotActOnAnEventOlderThanTheMaximumAgeAndHandItToAPerson() {
    apiDown();
    IncidentEvent opened = spec.opened("INC-1", "api-unresponsive", Severity.P2);
    spec.clock.advance(RemediatorSpec.MAX_EVENT_AGE.plusMinutes(1));

    spec.remediator().onIncidentEvent(opened);

    assertThat(spec.systems.changes("restart")).isEmpty();
    assertThat(spec.systems.changes("notify slack:#crm-incidents"))
        .singleElement()
        .asString()
        .contains("needs a person");
    assertOutcome(
        onlyOutcome("INC-1", RESTART), OutcomeStatus.SKIPPED, OutcomeReason.NOT_ACTIONABLE);
  }

  @Test
  void shouldFinishFromTheLedgerAnEventRedeliveredAfterTheMaximumAge() {
    apiDown();
    IncidentEvent opened = spec.opened("INC-1", "api-unresponsive", Severity.P2);
    Remediator remediator = spec.remediator();
    remediator.onIncidentEvent(opened);
    spec.clock.advance(RemediatorSpec.MAX_EVENT_AGE.plusMinutes(1));

    remediator.onIncidentEvent(opened);

    assertThat(spec.systems.changes("restart")).hasSize(1);
    assertThat(spec.outcomes("INC-1", RESTART))
        .extracting(RemediationOutcome::getReason)
        .containsExactly(OutcomeReason.COMPLETED);
  }

  // --- after a crash: INTENT -> APPLIED | UNKNOWN | (act) | BLOCKED ---

  private LedgerEntry crashedAfterClaim() {
    apiDown();
    Remediator crashing =
        spec.remediator(
            (point, key) -> {
              if (key.stepId().equals(RESTART)) {
                throw new IllegalStateException("crash");
              }
            });
    assertThatThrownBy(
            () -> crashing.onIncidentEvent(spec.opened("INC-1", "api-unresponsive", Severity.P2)))
        .hasMessage("crash");
    spec.systems.changes.clear();
    spec.clock.advance(Duration.ofSeconds(30));
    return spec.ledger.entry("INC-1", RESTART);
  }

  @Test
  void shouldRecordAnIntentTheTargetShowsAppliedWithoutActingAgain() {
    LedgerEntry intent = crashedAfterClaim();
    spec.systems.shows("kubernetes.rolloutRestart", Applied.YES);

    int reconciled = spec.remediator().reconcile();

    assertThat(intent.state()).isEqualTo(LedgerState.INTENT);
    assertThat(reconciled).isEqualTo(1);
    assertThat(spec.systems.changes("restart")).isEmpty();
    assertThat(spec.ledger.entry("INC-1", RESTART).state()).isEqualTo(LedgerState.APPLIED);
    assertOutcome(
        onlyOutcome("INC-1", RESTART), OutcomeStatus.SUCCEEDED, OutcomeReason.ALREADY_APPLIED);
  }

  @Test
  void shouldActOnAnIntentTheTargetDoesNotShowWhenTheGuardrailsStillAllowIt() {
    crashedAfterClaim();
    spec.systems.shows("kubernetes.rolloutRestart", Applied.NO);

    spec.remediator().reconcile();

    assertThat(spec.systems.changes("restart")).containsExactly(RESTART_CHANGE);
    assertThat(spec.ledger.entry("INC-1", RESTART).state()).isEqualTo(LedgerState.APPLIED);
  }

  @Test
  void shouldHandAnIntentTheTargetCannotTellAboutToAPerson() {
    crashedAfterClaim();
    spec.systems.shows("kubernetes.rolloutRestart", Applied.UNKNOWN);

    spec.remediator().reconcile();

    assertThat(spec.systems.changes("restart")).isEmpty();
    assertThat(spec.ledger.entry("INC-1", RESTART).state()).isEqualTo(LedgerState.UNKNOWN);
    assertThat(spec.systems.changes("notify slack:#crm-incidents"))
        .singleElement()
        .asString()
        .contains("needs a person");
  }

  @Test
  void shouldNotActOnAnIntentAfterACrashWhileTheKillSwitchIsOn() {
    crashedAfterClaim();
    spec.switches.set(new Switches(true, false));

    spec.remediator().reconcile();

    assertThat(spec.systems.changes("restart")).isEmpty();
    assertThat(spec.ledger.entry("INC-1", RESTART).state()).isEqualTo(LedgerState.BLOCKED);
    assertOutcome(onlyOutcome("INC-1", RESTART), OutcomeStatus.SKIPPED, OutcomeReason.KILL_SWITCH);
  }

  @Test
  void shouldNotActOnAnIntentAfterACrashInDryRun() {
    crashedAfterClaim();
    spec.switches.set(new Switches(false, true));

    spec.remediator().reconcile();

    assertThat(spec.systems.changes("restart")).isEmpty();
    assertOutcome(onlyOutcome("INC-1", RESTART), OutcomeStatus.DRY_RUN, OutcomeReason.DRY_RUN_MODE);
  }

  @Test
  void shouldNotActOnAnIntentClaimedLongerAgoThanTheMaximumEventAge() {
    crashedAfterClaim();
    spec.clock.advance(RemediatorSpec.MAX_EVENT_AGE);

    spec.remediator().reconcile();

    assertThat(spec.systems.changes("restart")).isEmpty();
    assertThat(spec.ledger.entry("INC-1", RESTART).state()).isEqualTo(LedgerState.BLOCKED);
    assertOutcome(
        onlyOutcome("INC-1", RESTART), OutcomeStatus.SKIPPED, OutcomeReason.NOT_ACTIONABLE);
  }

  @Test
  void shouldNotActOnAnIntentTheCurrentCatalogNoLongerAllows() {
    LedgerEntry intent = crashedAfterClaim();
    spec.ledger.given(
        new LedgerEntry(
            intent.key(),
            intent.step(),
            intent.context(),
            LedgerState.INTENT,
            intent.attempt(),
            intent.claimedAt(),
            intent.actedAt(),
            Optional.empty()));
    LedgerEntry gone =
        new LedgerEntry(
            new dev.responder.planning.ActionKey(
                "INC-1", "api-unresponsive", "restart_everything", intent.key().target()),
            new dev.responder.planning.PlannedStep(
                "restart_everything",
                intent.step().kind(),
                intent.step().operation(),
                intent.step().params(),
                intent.step().when()),
            intent.context(),
            LedgerState.INTENT,
            1,
            intent.claimedAt(),
            intent.actedAt(),
            Optional.empty());
    spec.ledger.given(gone);

    spec.remediator().reconcile();

    assertThat(spec.systems.changes("restart")).containsExactly(RESTART_CHANGE);
    assertThat(spec.ledger.state(gone.key().value())).isEqualTo(LedgerState.BLOCKED);
    assertOutcome(
        onlyOutcome("INC-1", "restart_everything"),
        OutcomeStatus.SKIPPED,
        OutcomeReason.NOT_ACTIONABLE);
  }
}
