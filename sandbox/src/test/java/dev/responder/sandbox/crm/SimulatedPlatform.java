package dev.responder.sandbox.crm;

import static org.awaitility.Awaitility.await;

import dev.responder.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.core.ThrowingRunnable;

/**
 * A simulator on the shared sandbox with a manual clock, for one test: {@link #close()} stops it
 * and puts the sandbox back as it was seeded (namespace, empty queue, empty CRM tables).
 */
final class SimulatedPlatform implements AutoCloseable {

  /** 10 events/s per worker pod; ticks every 20 ms of real time so a test waits little. */
  static final SimulatorSettings SETTINGS =
      new SimulatorSettings(10, Duration.ofMillis(20), 7, 1000);

  final Sandbox sandbox = Sandbox.shared();
  final ManualClock clock = new ManualClock(Instant.now());
  final CrmSimulator simulator;

  SimulatedPlatform() {
    simulator =
        CrmSimulator.start(
            sandbox.kubernetes(), sandbox.postgres(), sandbox.redis(), SETTINGS, clock);
  }

  KubernetesClient kubernetes() {
    return sandbox.kubernetes().client();
  }

  List<String> podNames(String deployment) {
    return kubernetes()
        .pods()
        .inNamespace("crm")
        .withLabel("app", deployment)
        .list()
        .getItems()
        .stream()
        .map(Pod::getMetadata)
        .map(metadata -> metadata.getName())
        .sorted()
        .toList();
  }

  void restart(String deployment) {
    kubernetes().apps().deployments().inNamespace("crm").withName(deployment).rolling().restart();
  }

  void scale(String deployment, int replicas) {
    kubernetes().apps().deployments().inNamespace("crm").withName(deployment).scale(replicas);
  }

  String log(String pod, int tailLines) {
    return kubernetes().pods().inNamespace("crm").withName(pod).tailingLines(tailLines).getLog();
  }

  /** Waits up to 10 s for the assertion to hold: the simulator acts on its own threads. */
  static void eventually(ThrowingRunnable assertion) {
    await().atMost(Duration.ofSeconds(10)).untilAsserted(assertion);
  }

  void execute(String sql) throws SQLException {
    try (Connection connection = sandbox.postgres().dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    simulator.close();
    sandbox.kubernetes().reset();
    RedisClient redis = RedisClient.create(sandbox.redis().uri());
    try (StatefulRedisConnection<String, String> connection = redis.connect()) {
      connection.sync().del(QueueWorker.QUEUE);
    } finally {
      redis.shutdown();
    }
    execute("TRUNCATE \"SocialPost\", \"SocialConnection\", \"SyncLog\"");
  }
}
