package dev.responder.app.demo;

import dev.responder.app.demo.Scenario.ExpectedAction;
import dev.responder.app.demo.Scenario.Fault;
import dev.responder.app.demo.Scenario.Health;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Step;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The five seed scenarios of the runbook, in the order the demo plays them. The database leak
 * starts when the demo starts, because the runbook only terminates sessions idle for {@code
 * idleFor}; the API outage comes last, because restarting {@code crm-backend} resets its pool and
 * would end that leak before its turn.
 */
final class SeedScenarios {

  static final String DATABASE = "database-connections-exhausted";

  /** Margin over {@code idleFor}: PostgreSQL's idle clock and ours may differ by a moment. */
  private static final Duration IDLE_MARGIN = Duration.ofSeconds(2);

  private SeedScenarios() {}

  static List<Scenario> all() {
    return List.of(
        workerQueueStuck(),
        socialPublishingFailed(),
        eventProcessingLag(),
        databaseConnectionsExhausted(),
        apiUnresponsive());
  }

  /** The scenario of that name, if there is one. */
  static Optional<Scenario> named(String name) {
    return all().stream().filter(scenario -> scenario.name().equals(name)).findFirst();
  }

  static List<String> names() {
    return all().stream().map(Scenario::name).toList();
  }

  private static Scenario workerQueueStuck() {
    return Scenario.withoutLeak(
        "worker-queue-stuck",
        List.of(
            new Fault("stall-worker", Map.of(), "crm-worker stuck on a lost lock"),
            new Fault("flood-queue", Map.of("count", "250"), "250 events waiting in crm-events")),
        alert(
            "CrmWorkerQueueStuck",
            Map.of("deployment", "crm-worker", "severity", "warning"),
            "crm-worker has taken nothing off crm-events for 10 minutes"),
        new Health(
            "worker processing, crm-events empty",
            state -> !state.workerStuck() && state.queueDepth() == 0),
        List.of(new ExpectedAction("kubernetes.rolloutRestart", "crm-worker")));
  }

  private static Scenario socialPublishingFailed() {
    return Scenario.withoutLeak(
        "social-publishing-failed",
        List.of(
            posts("rate-limited", 4, "4 posts refused by a platform's rate limit (429)"),
            posts("token-expired", 2, "2 posts failed on expired access tokens (401)"),
            posts("content-rejected", 1, "1 post rejected for its content")),
        new Signal.CrmEvent(
            "social.publish.failed",
            "crm/social-publishing",
            "7 social posts failed to publish",
            Map.of("namespace", "crm", "platform", "several")),
        new Health(
            "no rate-limited post left, retried posts published",
            state ->
                state.records().rateLimitedPosts() == 0 && state.records().pendingPosts() == 0),
        List.of(
            new ExpectedAction("postgres.retrySocialPosts", "crm"),
            new ExpectedAction("notify", "account-owners"),
            new ExpectedAction("notify", "slack:#crm-content-review")));
  }

  private static Scenario eventProcessingLag() {
    return Scenario.withoutLeak(
        "event-processing-lag",
        List.of(
            new Fault("flood-queue", Map.of("count", "1500"), "1500 events pushed onto crm-events"),
            new Fault("fail-sync-events", Map.of("count", "5"), "5 sync events failed")),
        alert(
            "CrmEventQueueBacklog",
            Map.of("queue", "crm-events", "severity", "warning"),
            "crm-events holds more than 1000 events"),
        new Health(
            "crm-events under 1000, no failed or pending sync event",
            state ->
                state.queueDepth() < 1000
                    && state.records().failedSyncEvents() == 0
                    && state.records().pendingSyncEvents() == 0),
        List.of(
            new ExpectedAction("kubernetes.scale", "crm-worker"),
            new ExpectedAction("postgres.retryFailedSyncEvents", "crm")));
  }

  private static Scenario databaseConnectionsExhausted() {
    return new Scenario(
        DATABASE,
        List.of(
            new Fault(
                "exhaust-connections",
                Map.of("count", "30"),
                "the crm-backend pool leaks 30 sessions that stay idle")),
        SeedScenarios::idleForOfTheRunbook,
        List.of(),
        alert(
            "CrmDatabaseConnectionsExhausted",
            Map.of("database", "crm", "severity", "warning"),
            "crm connections near max_connections"),
        new Health("the leaked sessions are gone", state -> state.heldSessions() == 0),
        List.of(new ExpectedAction("postgres.terminateIdleConnections", "crm")));
  }

  private static Scenario apiUnresponsive() {
    return Scenario.withoutLeak(
        "api-unresponsive",
        List.of(new Fault("break-backend", Map.of(), "crm-backend answers 503 on /health")),
        alert(
            "CrmApiHighErrorRate",
            Map.of("service", "crm-backend", "severity", "critical"),
            "more than 5% of CRM API requests fail"),
        new Health("/health answers 200", state -> state.backendHealthy()),
        List.of(new ExpectedAction("kubernetes.rolloutRestart", "crm-backend")));
  }

  private static Fault posts(String cause, int count, String meaning) {
    return new Fault(
        "fail-social-posts", Map.of("count", Integer.toString(count), "cause", cause), meaning);
  }

  private static Signal alert(String name, Map<String, String> labels, String summary) {
    Map<String, String> all = new HashMap<>(labels);
    all.put("alertname", name);
    all.put("namespace", "crm");
    return new Signal.Alertmanager(all, summary);
  }

  /** The catalog's {@code idleFor} of the runbook's session termination, plus a margin. */
  private static Duration idleForOfTheRunbook(Catalog catalog) {
    return catalog
        .runbook(DATABASE)
        .flatMap(
            runbook ->
                runbook.actions().stream()
                    .filter(
                        step -> step.operation().id().equals("postgres.terminateIdleConnections"))
                    .findFirst())
        .map(Step::params)
        .map(params -> params.duration("idleFor").plus(IDLE_MARGIN))
        .orElse(Duration.ZERO);
  }
}
