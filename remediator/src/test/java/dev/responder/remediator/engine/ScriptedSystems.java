package dev.responder.remediator.engine;

import dev.responder.remediator.port.Applied;
import dev.responder.remediator.port.CrmDatabase;
import dev.responder.remediator.port.ExpiredAccounts;
import dev.responder.remediator.port.HealthProbe;
import dev.responder.remediator.port.KubernetesCluster;
import dev.responder.remediator.port.Notifier;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.RedisQueues;
import dev.responder.remediator.port.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CRM's systems in memory, for the engine's specifications: every read answers the figures a
 * test gives for its operation, every change is recorded (and its answer can be scripted), and what
 * the target shows after a crash is whatever the test says.
 */
final class ScriptedSystems
    implements KubernetesCluster, RedisQueues, CrmDatabase, HealthProbe, Notifier {

  /**
   * Every call that changed something (or sent something), in order, e.g. {@code restart
   * crm/crm-backend}.
   */
  final List<String> changes = new ArrayList<>();

  private final Map<String, Result> answers = new HashMap<>();
  private final Map<String, Applied> shows = new HashMap<>();

  Systems systems() {
    return new Systems(this, this, this, this, this);
  }

  /**
   * The answer of {@code operation} (e.g. {@code http.health}, {@code kubernetes.rolloutRestart}).
   */
  ScriptedSystems answers(String operation, Result result) {
    answers.put(operation, result);
    return this;
  }

  /** The figures a check of {@code operation} reports. */
  ScriptedSystems reports(String operation, Map<String, Double> figures) {
    return answers(operation, Result.ok(Observation.figures(figures)));
  }

  /** What the target of {@code operation} shows when read after a crash. */
  ScriptedSystems shows(String operation, Applied applied) {
    shows.put(operation, applied);
    return this;
  }

  List<String> changes(String prefix) {
    return changes.stream().filter(c -> c.startsWith(prefix)).toList();
  }

  private Result read(String operation) {
    return answers.getOrDefault(operation, Result.ok(Observation.empty()));
  }

  private Result change(String operation, String what) {
    changes.add(what);
    return answers.getOrDefault(operation, Result.ok(Observation.empty()));
  }

  @Override
  public Result pods(String namespace, Optional<String> deployment) {
    return read("kubernetes.pods");
  }

  @Override
  public Result events(String namespace, int limit) {
    return read("kubernetes.events");
  }

  @Override
  public Result logs(
      String namespace,
      String deployment,
      Optional<String> container,
      int tail,
      Optional<String> grep) {
    return read("kubernetes.logs");
  }

  @Override
  public Result top(String namespace, Optional<String> deployment) {
    return read("kubernetes.top");
  }

  @Override
  public Result rolloutRestart(String namespace, String deployment, String actionKey, Instant at) {
    return change("kubernetes.rolloutRestart", "restart " + namespace + "/" + deployment);
  }

  @Override
  public Result scale(String namespace, String deployment, int replicas) {
    return change("kubernetes.scale", "scale " + namespace + "/" + deployment + " to " + replicas);
  }

  @Override
  public Applied restartApplied(String namespace, String deployment, String actionKey) {
    return shows.getOrDefault("kubernetes.rolloutRestart", Applied.NO);
  }

  @Override
  public Applied scaledTo(String namespace, String deployment, int replicas) {
    return shows.getOrDefault("kubernetes.scale", Applied.NO);
  }

  @Override
  public Result queueDepth(String key) {
    return read("redis.queueDepth");
  }

  @Override
  public Result connectionCount(String database) {
    return read("postgres.connectionCount");
  }

  @Override
  public Result terminateIdleConnections(String database, Duration idleFor) {
    return change("postgres.terminateIdleConnections", "terminate idle " + database);
  }

  @Override
  public Result failedSocialPosts(String database, int limit) {
    return read("postgres.failedSocialPosts");
  }

  @Override
  public ExpiredAccounts expiredAccounts(String database) {
    return new ExpiredAccounts(read("postgres.expiredSocialTokens"), List.of());
  }

  @Override
  public Result retrySocialPosts(String database, String reason, Duration delay, int maxPosts) {
    return change("postgres.retrySocialPosts", "retry social posts " + reason);
  }

  @Override
  public Result failedSyncEvents(String database, int limit) {
    return read("postgres.failedSyncEvents");
  }

  @Override
  public Result retryFailedSyncEvents(String database, Duration since) {
    return change("postgres.retryFailedSyncEvents", "retry sync events");
  }

  @Override
  public Result health(String url, Duration timeout, int expectStatus) {
    return read("http.health");
  }

  @Override
  public Result notify(String channel, String message, Optional<String> component) {
    return change("notify", "notify " + channel + ": " + message);
  }
}
