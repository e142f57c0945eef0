package dev.responder.remediator.engine;

import dev.responder.planning.ActionKey;
import dev.responder.planning.PlanContext;
import dev.responder.planning.PlannedStep;
import dev.responder.planning.StepParams;
import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.port.Applied;
import dev.responder.remediator.port.Result;
import dev.responder.schemas.catalog.operation.Operation;
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
    return step.typedOperation()
        .map(operation -> run(operation, step.params(), key, context))
        .orElseGet(
            () ->
                Result.failed(
                    FailureKind.PERMANENT,
                    "operation " + step.operation() + " is not implemented"));
  }

  // Every default is already in the parameters (PlannedStep fills in the catalog's ParamSpec ones).
  private Result run(Operation operation, StepParams p, ActionKey key, PlanContext context) {
    return switch (operation) {
      case KUBERNETES_PODS ->
          systems.kubernetes().pods(p.text("namespace"), p.optionalText("deployment"));
      case KUBERNETES_EVENTS ->
          systems.kubernetes().events(p.text("namespace"), p.integer("limit"));
      case KUBERNETES_LOGS ->
          systems
              .kubernetes()
              .logs(
                  p.text("namespace"),
                  p.text("deployment"),
                  p.optionalText("container"),
                  p.integer("tail"),
                  p.optionalText("grep"));
      case KUBERNETES_TOP ->
          systems.kubernetes().top(p.text("namespace"), p.optionalText("deployment"));
      case KUBERNETES_ROLLOUT_RESTART ->
          systems
              .kubernetes()
              .rolloutRestart(
                  p.text("namespace"), p.text("deployment"), key.value(), clock.instant());
      case KUBERNETES_SCALE ->
          systems
              .kubernetes()
              .scale(p.text("namespace"), p.text("deployment"), p.integer("replicas"));
      case REDIS_QUEUE_DEPTH -> systems.redis().queueDepth(p.text("key"));
      case POSTGRES_CONNECTION_COUNT -> systems.database().connectionCount(p.text("database"));
      case POSTGRES_TERMINATE_IDLE_CONNECTIONS ->
          systems.database().terminateIdleConnections(p.text("database"), p.duration("idleFor"));
      case POSTGRES_FAILED_SOCIAL_POSTS ->
          systems.database().failedSocialPosts(p.text("database"), p.integer("limit"));
      case POSTGRES_EXPIRED_SOCIAL_TOKENS ->
          systems.database().expiredSocialTokens(p.text("database"));
      case POSTGRES_RETRY_SOCIAL_POSTS ->
          systems
              .database()
              .retrySocialPosts(
                  p.text("database"), p.text("reason"), p.duration("delay"), p.integer("maxPosts"));
      case POSTGRES_FAILED_SYNC_EVENTS ->
          systems.database().failedSyncEvents(p.text("database"), p.integer("limit"));
      case POSTGRES_RETRY_FAILED_SYNC_EVENTS ->
          systems.database().retryFailedSyncEvents(p.text("database"), p.duration("since"));
      case HTTP_HEALTH ->
          systems.health().health(p.text("url"), p.duration("timeout"), p.integer("expectStatus"));
      case NOTIFY ->
          systems
              .notifier()
              .notify(
                  p.text("to"),
                  Messages.render(p.text("message"), context),
                  p.optionalText("component"));
    };
  }

  /**
   * Whether the action's intent is visible on the target. Only Kubernetes changes can tell; a SQL
   * repair or a sent message leaves no mark to read, so the answer is UNKNOWN.
   */
  Applied applied(PlannedStep step, ActionKey key) {
    StepParams p = step.params();
    Operation operation = step.typedOperation().orElse(null);
    if (operation == null) {
      return Applied.UNKNOWN;
    }
    return switch (operation) {
      case KUBERNETES_ROLLOUT_RESTART ->
          systems
              .kubernetes()
              .restartApplied(p.text("namespace"), p.text("deployment"), key.value());
      case KUBERNETES_SCALE ->
          systems
              .kubernetes()
              .scaledTo(p.text("namespace"), p.text("deployment"), p.integer("replicas"));
      default -> Applied.UNKNOWN;
    };
  }
}
