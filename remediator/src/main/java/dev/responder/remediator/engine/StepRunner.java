package dev.responder.remediator.engine;

import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.plan.ActionKey;
import dev.responder.remediator.plan.PlanContext;
import dev.responder.remediator.plan.PlannedStep;
import dev.responder.remediator.plan.StepParams;
import dev.responder.remediator.port.Applied;
import dev.responder.remediator.port.Result;
import java.time.Clock;

/**
 * Maps each typed operation onto its port call, and tells whether an action's intent is visible on
 * its target (for reconciliation). An operation without an implementation is a permanent failure,
 * never a guess.
 */
final class StepRunner {

  private final Systems systems;
  private final Clock clock;

  StepRunner(Systems systems, Clock clock) {
    this.systems = systems;
    this.clock = clock;
  }

  Result run(PlannedStep step, ActionKey key, PlanContext context) {
    StepParams p = step.params();
    return switch (step.operation()) {
      case "kubernetes.pods" ->
          systems.kubernetes().pods(p.text("namespace"), p.optionalText("deployment"));
      case "kubernetes.events" ->
          systems.kubernetes().events(p.text("namespace"), p.optionalInteger("limit").orElse(20));
      case "kubernetes.logs" ->
          systems
              .kubernetes()
              .logs(
                  p.text("namespace"),
                  p.text("deployment"),
                  p.optionalText("container"),
                  p.optionalInteger("tail").orElse(100),
                  p.optionalText("grep"));
      case "kubernetes.top" ->
          systems.kubernetes().top(p.text("namespace"), p.optionalText("deployment"));
      case "kubernetes.rolloutRestart" ->
          systems
              .kubernetes()
              .rolloutRestart(
                  p.text("namespace"), p.text("deployment"), key.value(), clock.instant());
      case "kubernetes.scale" ->
          systems
              .kubernetes()
              .scale(p.text("namespace"), p.text("deployment"), p.integer("replicas"));
      case "redis.queueDepth" -> systems.redis().queueDepth(p.text("key"));
      case "postgres.connectionCount" -> systems.database().connectionCount(p.text("database"));
      case "postgres.terminateIdleConnections" ->
          systems.database().terminateIdleConnections(p.text("database"), p.duration("idleFor"));
      case "postgres.failedSocialPosts" ->
          systems
              .database()
              .failedSocialPosts(p.text("database"), p.optionalInteger("limit").orElse(10));
      case "postgres.expiredSocialTokens" ->
          systems.database().expiredSocialTokens(p.text("database"));
      case "postgres.retrySocialPosts" ->
          systems
              .database()
              .retrySocialPosts(
                  p.text("database"),
                  p.text("reason"),
                  p.duration("delay"),
                  p.optionalInteger("maxPosts").orElse(50));
      case "postgres.failedSyncEvents" ->
          systems
              .database()
              .failedSyncEvents(p.text("database"), p.optionalInteger("limit").orElse(10));
      case "postgres.retryFailedSyncEvents" ->
          systems.database().retryFailedSyncEvents(p.text("database"), p.duration("since"));
      case "http.health" ->
          systems
              .health()
              .health(
                  p.text("url"),
                  p.duration("timeout"),
                  p.optionalInteger("expectStatus").orElse(200));
      case "notify" ->
          systems
              .notifier()
              .notify(
                  p.text("to"),
                  Messages.render(p.text("message"), context),
                  p.optionalText("component"));
      default ->
          Result.failed(
              FailureKind.PERMANENT, "operation " + step.operation() + " is not implemented");
    };
  }

  /**
   * Whether the action's intent is visible on the target. Only Kubernetes changes can tell; a SQL
   * repair or a sent message leaves no mark to read, so the answer is UNKNOWN.
   */
  Applied applied(PlannedStep step, ActionKey key) {
    StepParams p = step.params();
    return switch (step.operation()) {
      case "kubernetes.rolloutRestart" ->
          systems
              .kubernetes()
              .restartApplied(p.text("namespace"), p.text("deployment"), key.value());
      case "kubernetes.scale" ->
          systems
              .kubernetes()
              .scaledTo(p.text("namespace"), p.text("deployment"), p.integer("replicas"));
      default -> Applied.UNKNOWN;
    };
  }
}
