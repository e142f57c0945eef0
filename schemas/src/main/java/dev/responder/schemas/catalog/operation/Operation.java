package dev.responder.schemas.catalog.operation;

import static dev.responder.schemas.catalog.operation.OperationKind.ACTION;
import static dev.responder.schemas.catalog.operation.OperationKind.CHECK;
import static dev.responder.schemas.catalog.operation.ParamSpec.choice;
import static dev.responder.schemas.catalog.operation.ParamSpec.duration;
import static dev.responder.schemas.catalog.operation.ParamSpec.integer;
import static dev.responder.schemas.catalog.operation.ParamSpec.optionalTarget;
import static dev.responder.schemas.catalog.operation.ParamSpec.optionalText;
import static dev.responder.schemas.catalog.operation.ParamSpec.target;
import static dev.responder.schemas.catalog.operation.ParamSpec.text;
import static dev.responder.schemas.catalog.operation.TargetKind.CHANNEL;
import static dev.responder.schemas.catalog.operation.TargetKind.DATABASE;
import static dev.responder.schemas.catalog.operation.TargetKind.DEPLOYMENT;
import static dev.responder.schemas.catalog.operation.TargetKind.HEALTH_ENDPOINT;
import static dev.responder.schemas.catalog.operation.TargetKind.NAMESPACE;
import static dev.responder.schemas.catalog.operation.TargetKind.REDIS_KEY;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed vocabulary of operations. Each declares its kind, its typed parameters and, for checks,
 * the named figures it reports, which conditions compare against thresholds. Adding an operation
 * here is a code change the remediator must implement; the catalog cannot invent one.
 */
public enum Operation {
  KUBERNETES_PODS(
      "kubernetes.pods",
      CHECK,
      "Lists the pods of a namespace (or of one deployment) with readiness and restarts.",
      List.of(target("namespace", NAMESPACE), optionalTarget("deployment", DEPLOYMENT)),
      List.of("total", "ready", "notReady", "restarts")),
  KUBERNETES_EVENTS(
      "kubernetes.events",
      CHECK,
      "Lists a namespace's recent events, newest first by last timestamp.",
      List.of(
          target("namespace", NAMESPACE),
          choice("sortBy", "lastTimestamp", "lastTimestamp"),
          integer("limit", 1, 500, 20)),
      List.of("count", "warnings")),
  KUBERNETES_LOGS(
      "kubernetes.logs",
      CHECK,
      "Reads the last 'tail' lines of each of a deployment's pods' logs (of 'container', else the"
          + " pod's default container), summarises error lines and stack traces, counts lines"
          + " containing 'grep' and their rate per minute over the tail's time span.",
      List.of(
          target("namespace", NAMESPACE),
          target("deployment", DEPLOYMENT),
          optionalText("container"),
          integer("tail", 1, 5000, 100),
          optionalText("grep")),
      List.of("lines", "matches", "errors", "ratePerMinute")),
  KUBERNETES_TOP(
      "kubernetes.top",
      CHECK,
      "Reads CPU and memory usage of a namespace's (or one deployment's) pods.",
      List.of(target("namespace", NAMESPACE), optionalTarget("deployment", DEPLOYMENT)),
      List.of("pods", "maxCpuMillis", "maxMemoryMiB")),
  KUBERNETES_ROLLOUT_RESTART(
      "kubernetes.rolloutRestart",
      ACTION,
      "Restarts a deployment's pods by a rolling restart.",
      List.of(target("namespace", NAMESPACE), target("deployment", DEPLOYMENT)),
      List.of()),
  KUBERNETES_SCALE(
      "kubernetes.scale",
      ACTION,
      "Sets a deployment's replicas (never above the runbook's guardrails.maxReplicas).",
      List.of(
          target("namespace", NAMESPACE),
          target("deployment", DEPLOYMENT),
          integer("replicas", 1, 50, null)),
      List.of()),
  REDIS_QUEUE_DEPTH(
      "redis.queueDepth",
      CHECK,
      "Reads the length of a Redis list used as a queue (LLEN).",
      List.of(target("key", REDIS_KEY)),
      List.of("depth")),
  POSTGRES_CONNECTION_COUNT(
      "postgres.connectionCount",
      CHECK,
      "Counts connections in pg_stat_activity as the runbook does: all of the server's"
          + " ('serverTotal') and the database's, in total and by state.",
      List.of(target("database", DATABASE)),
      List.of("serverTotal", "total", "active", "idle")),
  POSTGRES_TERMINATE_IDLE_CONNECTIONS(
      "postgres.terminateIdleConnections",
      ACTION,
      "Terminates a database's connections that have been idle for longer than 'idleFor'.",
      List.of(
          target("database", DATABASE),
          duration("idleFor", Duration.ofMinutes(1), Duration.ofDays(1), null)),
      List.of()),
  POSTGRES_FAILED_SOCIAL_POSTS(
      "postgres.failedSocialPosts",
      CHECK,
      "Reads the latest FAILED social posts and sorts their errors into causes.",
      List.of(target("database", DATABASE), integer("limit", 1, 100, 10)),
      List.of("failed", "tokenExpired", "rateLimited", "contentRejected", "other")),
  POSTGRES_EXPIRED_SOCIAL_TOKENS(
      "postgres.expiredSocialTokens",
      CHECK,
      "Lists social connections whose access token has expired (and their owners).",
      List.of(target("database", DATABASE)),
      List.of("expired")),
  POSTGRES_RETRY_SOCIAL_POSTS(
      "postgres.retrySocialPosts",
      ACTION,
      "Re-queues FAILED social posts of one cause after a delay, at most 'maxPosts' of them.",
      List.of(
          target("database", DATABASE),
          choice("reason", null, "rateLimited"),
          duration("delay", Duration.ZERO, Duration.ofHours(6), null),
          integer("maxPosts", 1, 1000, 50)),
      List.of()),
  POSTGRES_FAILED_SYNC_EVENTS(
      "postgres.failedSyncEvents",
      CHECK,
      "Reads the latest FAILED sync events.",
      List.of(target("database", DATABASE), integer("limit", 1, 100, 10)),
      List.of("failed")),
  POSTGRES_RETRY_FAILED_SYNC_EVENTS(
      "postgres.retryFailedSyncEvents",
      ACTION,
      "Sets FAILED sync events created within 'since' back to PENDING with a zero retry count.",
      List.of(
          target("database", DATABASE),
          duration("since", Duration.ofMinutes(1), Duration.ofDays(1), null)),
      List.of()),
  HTTP_HEALTH(
      "http.health",
      CHECK,
      "Calls a health endpoint; 'up' is 1 when it answers the expected status within the timeout.",
      List.of(
          target("url", HEALTH_ENDPOINT),
          duration("timeout", Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(5)),
          integer("expectStatus", 100, 599, 200)),
      List.of("up", "status", "latencyMs")),
  NOTIFY(
      "notify",
      OperationKind.NOTIFY,
      "Sends a message to a channel; with 'component', updates that status-page component. In a"
          + " storm, the step's messages for one runbook and scope within 'aggregateWindow' after"
          + " the first are sent as one digest (0s sends each).",
      List.of(
          target("to", CHANNEL),
          text("message"),
          optionalText("component"),
          duration("aggregateWindow", Duration.ZERO, Duration.ofHours(1), Duration.ofMinutes(1))),
      List.of());

  private final String id;
  private final OperationKind kind;
  private final String summary;
  private final List<ParamSpec> params;
  private final List<String> figures;

  Operation(
      String id, OperationKind kind, String summary, List<ParamSpec> params, List<String> figures) {
    this.id = id;
    this.kind = kind;
    this.summary = summary;
    this.params = params;
    this.figures = figures;
  }

  /** The operation by the name the catalog uses, e.g. {@code kubernetes.scale}. */
  public static Optional<Operation> byId(String id) {
    return Arrays.stream(values()).filter(op -> op.id.equals(id)).findFirst();
  }

  /** Every operation name, for hints. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Operation::id).toList();
  }

  public String id() {
    return id;
  }

  public OperationKind kind() {
    return kind;
  }

  /** One sentence saying what the operation does. */
  public String summary() {
    return summary;
  }

  public List<ParamSpec> params() {
    return params;
  }

  public Optional<ParamSpec> param(String name) {
    return params.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * The given values with this operation's defaults filled in where a value is missing: the one
   * place a parameter default comes from, for the catalog loader and for parameters read back from
   * elsewhere (a ledger row) alike.
   */
  public Parameters withDefaults(Map<String, Object> given) {
    Map<String, Object> values = new HashMap<>(given);
    params.forEach(spec -> spec.defaultIfAny().ifPresent(v -> values.putIfAbsent(spec.name(), v)));
    return Parameters.of(values);
  }

  /** The figures a check reports, which conditions may compare; empty for actions. */
  public List<String> figures() {
    return figures;
  }

  @Override
  public String toString() {
    return id;
  }
}
