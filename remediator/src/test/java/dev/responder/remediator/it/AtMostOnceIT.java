package dev.responder.remediator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.responder.planning.ActionKey;
import dev.responder.planning.CatalogPlanner;
import dev.responder.planning.Plan;
import dev.responder.planning.PlanContext;
import dev.responder.planning.PlannedStep;
import dev.responder.remediator.adapter.kubernetes.Fabric8KubernetesCluster;
import dev.responder.remediator.engine.FailurePoint;
import dev.responder.remediator.engine.Remediator;
import dev.responder.remediator.guard.Switches;
import dev.responder.remediator.guard.Verdict;
import dev.responder.remediator.ledger.ClaimRequest;
import dev.responder.remediator.ledger.LedgerState;
import dev.responder.remediator.plan.ShippedCatalog;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each side effect at most once, and every guardrail holding, against the real systems: a crash
 * between acting and recording, a redelivered event, a second incident inside the cooldown,
 * dry-run, the kill switch and approvals.
 */
@ExtendWith(SandboxExtension.class)
class AtMostOnceIT {

  private final Redis redis;
  private final RemediatorFixture fixture;

  AtMostOnceIT(Postgres postgres, Redis redis, KubernetesApi kubernetes) {
    this.redis = redis;
    this.fixture = new RemediatorFixture(postgres, redis, kubernetes);
    RedisBacklog.set(redis, 0);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  /**
   * An INTENT a crash left before the call: the target does not show it, and the kill switch was
   * turned on meanwhile. Reconciliation weighs it as a first attempt would, so nothing is changed.
   */
  @Test
  void shouldNotActOnAnIntentLeftByACrashWhileTheKillSwitchIsOn() {
    CatalogPlanner planner = new CatalogPlanner(ShippedCatalog.load());
    Plan plan =
        planner
            .plan(
                new PlanContext(
                    "INC-KILL", "api-unresponsive", "P2", "2026.11.1", "evt-kill", "api down"))
            .orElseThrow();
    PlannedStep restart = plan.sideEffect("restart_backend").orElseThrow();
    ActionKey key = ActionKey.of(plan, restart);
    fixture.ledger.claim(
        new ClaimRequest(
            key,
            restart,
            plan.context(),
            false,
            fixture.clock.instant(),
            Duration.ofMinutes(30),
            Duration.ofHours(1)),
        facts -> Verdict.PROCEED,
        claimed -> List.of());
    fixture.switches.set(new Switches(true, false));
    fixture.clock.advance(Duration.ofSeconds(30));

    fixture.remediator().reconcile();

    assertThat(fixture.templateAnnotations("crm-backend"))
        .doesNotContainKey(Fabric8KubernetesCluster.ACTION_KEY_ANNOTATION);
    assertThat(fixture.ledger.find(key))
        .hasValueSatisfying(e -> assertThat(e.state()).isNotIn(LedgerState.APPLIED));
    assertThat(fixture.outcomes("INC-KILL", "restart_backend"))
        .singleElement()
        .satisfies(o -> assertThat(o.getReason()).isEqualTo(OutcomeReason.KILL_SWITCH));
  }

  @Test
  void shouldNotRepeatARestartInterruptedBeforeItWasRecordedAndPublishItsOutcomeOnce() {
    Remediator crashing = fixture.remediator(crashAfter("restart_backend"));
    IncidentEvent opened = fixture.opened("INC-CRASH", "api-unresponsive", Severity.P2);
    assertThatThrownBy(() -> crashing.onIncidentEvent(opened)).isInstanceOf(Crash.class);
    String restartedAt =
        fixture
            .templateAnnotations("crm-backend")
            .get(Fabric8KubernetesCluster.RESTARTED_AT_ANNOTATION);
    assertThat(restartedAt).as("the restart took effect before the crash").isNotNull();
    assertThat(fixture.outcomes("INC-CRASH", "restart_backend")).isEmpty();

    fixture.clock.advance(Duration.ofSeconds(30));
    Remediator restarted = fixture.remediator();
    int reconciled = restarted.reconcile();
    restarted.onIncidentEvent(opened);

    assertThat(reconciled).isEqualTo(1);
    assertThat(fixture.templateAnnotations("crm-backend"))
        .containsEntry(Fabric8KubernetesCluster.RESTARTED_AT_ANNOTATION, restartedAt);
    assertThat(fixture.outcomes("INC-CRASH", "restart_backend"))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getStatus()).isEqualTo(OutcomeStatus.SUCCEEDED);
              assertThat(o.getReason()).isEqualTo(OutcomeReason.ALREADY_APPLIED);
            });
    assertThat(fixture.ledger.inState(LedgerState.APPLIED))
        .filteredOn(e -> e.step().id().equals("restart_backend"))
        .singleElement()
        .satisfies(e -> assertThat(e.attempt()).isEqualTo(1));
  }

  @Test
  void shouldHandAnInterruptedRepairThatLeavesNoMarkToAPersonInsteadOfRepeatingIt() {
    long failed =
        fixture.crm.syncEvent("FAILED", fixture.clock.instant().minus(Duration.ofMinutes(5)));
    Remediator crashing = fixture.remediator(crashAfter("retry_failed_events"));
    IncidentEvent opened = fixture.opened("INC-SQL", "event-processing-lag", Severity.P3);
    assertThatThrownBy(() -> crashing.onIncidentEvent(opened)).isInstanceOf(Crash.class);
    long laterFailure =
        fixture.crm.syncEvent("FAILED", fixture.clock.instant().minus(Duration.ofMinutes(1)));

    fixture.remediator().reconcile();

    assertThat(fixture.crm.syncStatus(failed)).isEqualTo("PENDING/0");
    assertThat(fixture.crm.syncStatus(laterFailure))
        .as("not retried a second time")
        .isEqualTo("FAILED/3");
    assertThat(fixture.outcomes("INC-SQL", "retry_failed_events"))
        .extracting(RemediationOutcome::getStatus, RemediationOutcome::getReason)
        .containsExactly(
            tuple(OutcomeStatus.UNKNOWN, OutcomeReason.UNKNOWN),
            tuple(OutcomeStatus.SUCCEEDED, OutcomeReason.HANDED_TO_PERSON));
  }

  @Test
  void shouldActOnceWhenTheSameEventIsDeliveredTwice() {
    Remediator remediator = fixture.remediator();
    IncidentEvent opened = fixture.opened("INC-DUP", "api-unresponsive", Severity.P2);

    remediator.onIncidentEvent(opened);
    String restartedAt =
        fixture
            .templateAnnotations("crm-backend")
            .get(Fabric8KubernetesCluster.RESTARTED_AT_ANNOTATION);
    int outcomesAfterFirst = fixture.outcomes().size();
    fixture.clock.advance(Duration.ofSeconds(5));
    remediator.onIncidentEvent(opened);

    assertThat(fixture.templateAnnotations("crm-backend"))
        .containsEntry(Fabric8KubernetesCluster.RESTARTED_AT_ANNOTATION, restartedAt);
    assertThat(fixture.outcomes("INC-DUP", "restart_backend")).hasSize(1);
    assertThat(fixture.outcomes()).hasSize(outcomesAfterFirst);
  }

  @Test
  void shouldNotRestartTheBackendForASecondIncidentWithinTheCooldown() {
    fixture.api.neverRecovers();
    Remediator remediator = fixture.remediator();
    remediator.onIncidentEvent(fixture.opened("INC-A", "api-unresponsive", Severity.P2));
    String firstKey =
        fixture
            .templateAnnotations("crm-backend")
            .get(Fabric8KubernetesCluster.ACTION_KEY_ANNOTATION);

    fixture.clock.advance(Duration.ofMinutes(5));
    remediator.onIncidentEvent(
        fixture.opened("INC-B", "database-connections-exhausted", Severity.P3));
    remediator.onIncidentEvent(fixture.opened("INC-C", "api-unresponsive", Severity.P2));

    assertThat(fixture.outcomes("INC-C", "restart_backend"))
        .singleElement()
        .satisfies(o -> assertThat(o.getReason()).isEqualTo(OutcomeReason.COOLDOWN_ACTIVE));
    assertThat(fixture.templateAnnotations("crm-backend"))
        .containsEntry(Fabric8KubernetesCluster.ACTION_KEY_ANNOTATION, firstKey);
  }

  @Test
  void shouldChangeNothingInDryRun() {
    fixture.switches.set(new Switches(false, true));
    RedisBacklog.set(redis, 1500);
    long failed =
        fixture.crm.syncEvent("FAILED", fixture.clock.instant().minus(Duration.ofMinutes(5)));

    fixture
        .remediator()
        .onIncidentEvent(fixture.opened("INC-DRY", "event-processing-lag", Severity.P3));

    assertThat(fixture.deployment("crm-worker").getSpec().getReplicas()).isEqualTo(2);
    assertThat(fixture.crm.syncStatus(failed)).isEqualTo("FAILED/3");
    assertThat(fixture.webhook.bodies()).isEmpty();
    assertThat(fixture.outcomes("INC-DRY", "scale_workers"))
        .singleElement()
        .satisfies(o -> assertThat(o.getStatus()).isEqualTo(OutcomeStatus.DRY_RUN));
    assertThat(fixture.outcomes("INC-DRY", "status_page"))
        .singleElement()
        .satisfies(o -> assertThat(o.getReason()).isEqualTo(OutcomeReason.DRY_RUN_MODE));
  }

  @Test
  void shouldChangeNothingWithTheKillSwitchOn() {
    fixture.switches.set(new Switches(true, false));
    RedisBacklog.set(redis, 1500);
    long failed =
        fixture.crm.syncEvent("FAILED", fixture.clock.instant().minus(Duration.ofMinutes(5)));

    fixture
        .remediator()
        .onIncidentEvent(fixture.opened("INC-KILL", "event-processing-lag", Severity.P3));

    assertThat(fixture.deployment("crm-worker").getSpec().getReplicas()).isEqualTo(2);
    assertThat(fixture.crm.syncStatus(failed)).isEqualTo("FAILED/3");
    assertThat(fixture.outcomes("INC-KILL", "scale_workers"))
        .singleElement()
        .satisfies(o -> assertThat(o.getReason()).isEqualTo(OutcomeReason.KILL_SWITCH));
    assertThat(fixture.outcomes("INC-KILL", "retry_failed_events"))
        .singleElement()
        .satisfies(o -> assertThat(o.getReason()).isEqualTo(OutcomeReason.KILL_SWITCH));
  }

  @Test
  void shouldWaitForApprovalThenRestartWhenApproved() {
    Remediator remediator = fixture.remediator();
    remediator.onIncidentEvent(fixture.opened("INC-P1", "api-unresponsive", Severity.P1));
    RemediationOutcome waiting = fixture.outcomes("INC-P1", "restart_backend").get(0);
    assertThat(waiting.getStatus()).isEqualTo(OutcomeStatus.AWAITING_APPROVAL);
    assertThat(fixture.templateAnnotations("crm-backend")).isEmpty();

    fixture.clock.advance(Duration.ofMinutes(10));
    remediator.onCommand(answer(CommandType.APPROVE, waiting.getActionKey()));

    assertThat(fixture.templateAnnotations("crm-backend"))
        .containsEntry(Fabric8KubernetesCluster.ACTION_KEY_ANNOTATION, waiting.getActionKey());
    assertThat(fixture.outcomes("INC-P1", "restart_backend"))
        .extracting(RemediationOutcome::getStatus)
        .containsExactly(OutcomeStatus.AWAITING_APPROVAL, OutcomeStatus.SUCCEEDED);
  }

  @Test
  void shouldRejectAnApprovalGatedActionWhenItsApprovalExpires() {
    Remediator remediator = fixture.remediator();
    remediator.onIncidentEvent(fixture.opened("INC-EXP", "api-unresponsive", Severity.P1));
    String key = fixture.outcomes("INC-EXP", "restart_backend").get(0).getActionKey();

    fixture.clock.advance(RemediatorFixture.APPROVAL_TTL);
    remediator.tick();
    remediator.onCommand(answer(CommandType.APPROVE, key));

    assertThat(fixture.templateAnnotations("crm-backend")).isEmpty();
    assertThat(fixture.outcomes("INC-EXP", "restart_backend"))
        .extracting(RemediationOutcome::getStatus, RemediationOutcome::getReason)
        .containsExactly(
            tuple(OutcomeStatus.AWAITING_APPROVAL, OutcomeReason.APPROVAL_REQUIRED),
            tuple(OutcomeStatus.REJECTED, OutcomeReason.APPROVAL_EXPIRED));
  }

  private static FailurePoint crashAfter(String step) {
    return (point, key) -> {
      if (point.equals(FailurePoint.AFTER_ACT) && key.stepId().equals(step)) {
        throw new Crash();
      }
    };
  }

  private Command answer(CommandType type, String actionKey) {
    return Command.newBuilder()
        .setCommandId("cmd-" + type + "-" + actionKey.hashCode())
        .setType(type)
        .setIssuedAt(fixture.clock.instant())
        .setAuthor("alice")
        .setActionKey(actionKey)
        .build();
  }
}
