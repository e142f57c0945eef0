package dev.responder.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.operation.TargetKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogPlannerTest {

  private static final Catalog SHIPPED = CatalogLoader.require(Path.of("../runbooks/crm.yaml"));

  private final CatalogPlanner planner = new CatalogPlanner(SHIPPED);

  private static PlanContext incident(String runbook, String severity) {
    return new PlanContext("INC-1", runbook, severity, "old", "evt-1", "Something broke");
  }

  @Test
  void shouldAssessFirstThenRunTheRunbooksChecks() {
    Plan plan = planner.plan(incident("worker-queue-stuck", "P2")).orElseThrow();

    assertThat(plan.checks())
        .extracting(PlannedStep::id)
        .containsExactly("pods", "events", "api_health", "worker_logs", "queue_depth");
    assertThat(plan.notifications())
        .extracting(PlannedStep::id)
        .containsExactly("status_page", "stakeholders");
  }

  @Test
  void shouldChooseOnlyTheActionsWhoseConditionsTheFiguresSatisfy() {
    Plan plan = planner.plan(incident("worker-queue-stuck", "P2")).orElseThrow();
    Findings stuck = new Findings();
    stuck.record("queue_depth", Map.of("depth", 5000.0));
    stuck.record("worker_logs", Map.of("matches", 0.0));
    Findings processing = new Findings();
    processing.record("queue_depth", Map.of("depth", 5000.0));
    processing.record("worker_logs", Map.of("matches", 12.0));

    assertThat(plan.actionsToRun(stuck))
        .extracting(PlannedStep::id)
        .containsExactly("restart_workers");
    assertThat(plan.actionsToRun(processing)).isEmpty();
  }

  @Test
  void shouldNeverActOnAFigureNoCheckReported() {
    Plan plan = planner.plan(incident("event-processing-lag", "P3")).orElseThrow();

    assertThat(plan.actionsToRun(new Findings())).isEmpty();
  }

  @Test
  void shouldRequireApprovalAtTheSeveritiesTheRunbookNames() {
    assertThat(
            planner
                .plan(incident("api-unresponsive", "P1"))
                .orElseThrow()
                .limits()
                .approvalRequired())
        .isTrue();
    assertThat(
            planner
                .plan(incident("api-unresponsive", "P2"))
                .orElseThrow()
                .limits()
                .approvalRequired())
        .isFalse();
  }

  @Test
  void shouldCarryGuardrailsVerificationAndTheCatalogVersion() {
    Plan plan = planner.plan(incident("api-unresponsive", "P2")).orElseThrow();

    assertThat(plan.limits().cooldown()).isEqualTo(Duration.ofMinutes(15));
    assertThat(plan.limits().maxReplicas()).hasValue(6);
    assertThat(plan.limits().allows(TargetKind.DEPLOYMENT, "crm-backend")).isTrue();
    assertThat(plan.verification().after()).isEqualTo(Duration.ofMinutes(2));
    assertThat(plan.verification().checkIds()).containsExactly("api_health", "backend_pods");
    assertThat(plan.context().catalogVersion()).isEqualTo(SHIPPED.version());
  }

  @Test
  void shouldTreatANotifyActionAsANotification() {
    Plan plan = planner.plan(incident("social-publishing-failed", "P3")).orElseThrow();

    assertThat(plan.sideEffect("ask_owner_to_reauthenticate").orElseThrow().kind())
        .isEqualTo(StepKind.NOTIFICATION);
    assertThat(plan.sideEffect("retry_rate_limited").orElseThrow().kind())
        .isEqualTo(StepKind.ACTION);
  }

  @Test
  void shouldOnlyNotifyForAnUnclassifiedIncident() {
    Plan plan = planner.plan(incident("unclassified", "P1")).orElseThrow();

    assertThat(plan.checks()).isEmpty();
    assertThat(plan.actions()).isEmpty();
    assertThat(plan.notifications()).extracting(PlannedStep::id).containsExactly("tell_oncall");
  }

  @Test
  void shouldPlanNothingForARunbookTheCatalogDoesNotHave() {
    assertThat(planner.plan(incident("no-such-runbook", "P2"))).isEmpty();
  }
}
