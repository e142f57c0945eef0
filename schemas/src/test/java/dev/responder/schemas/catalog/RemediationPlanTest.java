package dev.responder.schemas.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conditions in the shipped runbooks choose the actions the operators' runbook describes. */
class RemediationPlanTest {

  private final Catalog catalog = CrmCatalog.load();

  private Runbook runbook(String id) {
    return catalog.runbook(id).orElseThrow();
  }

  @Test
  void shouldScaleWorkersOnlyWhenTheQueueIsDeep() {
    Runbook lag = runbook("event-processing-lag");
    Figures shallow =
        Figures.of(
            Map.of("queue_depth", Map.of("depth", 200.0), "failed_events", Map.of("failed", 0.0)));
    Figures deep =
        Figures.of(
            Map.of("queue_depth", Map.of("depth", 5000.0), "failed_events", Map.of("failed", 3.0)));

    assertThat(lag.actionsToRun(shallow)).isEmpty();
    assertThat(lag.actionsToRun(deep))
        .extracting(Step::id)
        .containsExactly("scale_workers", "retry_failed_events");
    assertThat(lag.actionsToRun(deep).get(0).params().integer("replicas")).isEqualTo(4);
  }

  @Test
  void shouldActOnEachCauseOfFailedSocialPosts() {
    Runbook social = runbook("social-publishing-failed");
    Figures causes =
        Figures.of(
            Map.of(
                "failed_posts", Map.of("failed", 4.0, "rateLimited", 2.0, "contentRejected", 0.0),
                "expired_tokens", Map.of("expired", 1.0)));

    assertThat(social.actionsToRun(causes))
        .extracting(Step::id)
        .containsExactly("ask_owner_to_reauthenticate", "retry_rate_limited");
  }

  @Test
  void shouldHandRejectedContentToAPerson() {
    Figures rejected =
        Figures.of(
            Map.of(
                "failed_posts", Map.of("failed", 1.0, "rateLimited", 0.0, "contentRejected", 1.0),
                "expired_tokens", Map.of("expired", 0.0)));

    assertThat(runbook("social-publishing-failed").actionsToRun(rejected))
        .extracting(Step::id)
        .containsExactly("hand_rejected_content_to_a_person");
  }

  @Test
  void shouldNotActWithoutTheFiguresAConditionNeeds() {
    assertThat(runbook("worker-queue-stuck").actionsToRun(Figures.NONE)).isEmpty();
  }

  @Test
  void shouldCountApiUnresponsiveAsFixedWhenHealthyAndAllPodsReady() {
    Verification verify = runbook("api-unresponsive").verification();
    Figures healthy =
        Figures.of(
            Map.of("api_health", Map.of("up", 1.0), "backend_pods", Map.of("notReady", 0.0)));
    Figures stillDown =
        Figures.of(
            Map.of("api_health", Map.of("up", 0.0), "backend_pods", Map.of("notReady", 0.0)));

    assertThat(verify.isFixed(healthy)).isTrue();
    assertThat(verify.isFixed(stillDown)).isFalse();
  }
}
