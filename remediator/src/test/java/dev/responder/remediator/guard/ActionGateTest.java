package dev.responder.remediator.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionGateTest {

  private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
  private static final RateBudget BUDGET = new RateBudget(2, 5, Duration.ofHours(1));

  private static GateInput input(
      Switches switches,
      boolean allowed,
      Optional<Instant> lastActed,
      BudgetUse use,
      boolean circuitOpen,
      boolean approvalRequired,
      boolean approved) {
    return new GateInput(
        switches,
        allowed,
        lastActed,
        Duration.ofMinutes(15),
        use,
        BUDGET,
        circuitOpen,
        approvalRequired,
        approved,
        NOW);
  }

  private static GateInput clear() {
    return input(Switches.LIVE, true, Optional.empty(), new BudgetUse(0, 0), false, false, false);
  }

  @Test
  void shouldProceedWhenNothingStandsInTheWay() {
    assertThat(ActionGate.decide(clear())).isEqualTo(Verdict.PROCEED);
  }

  @Test
  void shouldStopEverythingWhenTheKillSwitchIsOn() {
    GateInput in =
        input(
            new Switches(true, false),
            true,
            Optional.empty(),
            new BudgetUse(0, 0),
            false,
            false,
            false);

    assertThat(ActionGate.decide(in)).isEqualTo(Verdict.KILL_SWITCH);
  }

  @Test
  void shouldRefuseATargetOutsideTheAllowlist() {
    GateInput in =
        input(Switches.LIVE, false, Optional.empty(), new BudgetUse(0, 0), false, false, false);

    assertThat(ActionGate.decide(in)).isEqualTo(Verdict.TARGET_NOT_ALLOWED);
  }

  @Test
  void shouldBlockASecondActionOnTheTargetWithinTheCooldown() {
    GateInput in =
        input(
            Switches.LIVE,
            true,
            Optional.of(NOW.minus(Duration.ofMinutes(14))),
            new BudgetUse(0, 0),
            false,
            false,
            false);

    assertThat(ActionGate.decide(in)).isEqualTo(Verdict.COOLDOWN_ACTIVE);
  }

  @Test
  void shouldAllowTheTargetAgainOnceTheCooldownHasPassed() {
    GateInput in =
        input(
            Switches.LIVE,
            true,
            Optional.of(NOW.minus(Duration.ofMinutes(15))),
            new BudgetUse(0, 0),
            false,
            false,
            false);

    assertThat(ActionGate.decide(in)).isEqualTo(Verdict.PROCEED);
  }

  @Test
  void shouldStopWhenTheRunbookBudgetIsUsedUp() {
    GateInput in =
        input(Switches.LIVE, true, Optional.empty(), new BudgetUse(2, 2), false, false, false);

    assertThat(ActionGate.decide(in)).isEqualTo(Verdict.RATE_BUDGET_EXHAUSTED);
  }

  @Test
  void shouldStopWhenTheOverallBudgetIsUsedUp() {
    GateInput in =
        input(Switches.LIVE, true, Optional.empty(), new BudgetUse(0, 5), false, false, false);

    assertThat(ActionGate.decide(in)).isEqualTo(Verdict.RATE_BUDGET_EXHAUSTED);
  }

  @Test
  void shouldOnlyRecordInDryRunEvenWhenApprovalWouldBeNeeded() {
    GateInput in =
        input(
            new Switches(false, true),
            true,
            Optional.empty(),
            new BudgetUse(0, 0),
            false,
            true,
            false);

    assertThat(ActionGate.decide(in)).isEqualTo(Verdict.DRY_RUN);
  }

  @Test
  void shouldNotCallADependencyWhoseCircuitIsOpen() {
    GateInput in =
        input(Switches.LIVE, true, Optional.empty(), new BudgetUse(0, 0), true, false, false);

    assertThat(ActionGate.decide(in)).isEqualTo(Verdict.CIRCUIT_OPEN);
  }

  @Test
  void shouldAskForApprovalUntilAPersonApproves() {
    GateInput waiting =
        input(Switches.LIVE, true, Optional.empty(), new BudgetUse(0, 0), false, true, false);
    GateInput approved =
        input(Switches.LIVE, true, Optional.empty(), new BudgetUse(0, 0), false, true, true);

    assertThat(ActionGate.decide(waiting)).isEqualTo(Verdict.APPROVAL_REQUIRED);
    assertThat(ActionGate.decide(approved)).isEqualTo(Verdict.PROCEED);
  }

  @Test
  void shouldKeepTheCooldownEvenForAnApprovedAction() {
    GateInput in =
        input(
            Switches.LIVE,
            true,
            Optional.of(NOW.minusSeconds(60)),
            new BudgetUse(0, 0),
            false,
            true,
            true);

    assertThat(ActionGate.decide(in)).isEqualTo(Verdict.COOLDOWN_ACTIVE);
  }
}
