package dev.responder.ingest.kafka;

import dev.responder.ingest.publish.Readiness;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the cluster for its nodes on a fixed period in the background and caches the answer, so a
 * readiness probe costs nothing and a down broker shows within one period plus the timeout.
 */
public final class KafkaReadinessProbe implements Readiness, AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(KafkaReadinessProbe.class);

  private final Admin admin;
  private final Duration timeout;
  private final ScheduledExecutorService scheduler;
  private volatile boolean ready;

  private KafkaReadinessProbe(Admin admin, Duration timeout) {
    this.admin = admin;
    this.timeout = timeout;
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "ingest-kafka-readiness");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts checking every {@code period}, each check giving up after {@code timeout}. */
  public static KafkaReadinessProbe start(
      String bootstrapServers, KafkaClientSecurity security, Duration period, Duration timeout) {
    int timeoutMs = (int) timeout.toMillis();
    Admin admin =
        Admin.create(
            security.addTo(
                Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.CLIENT_ID_CONFIG, "responder-ingest-readiness",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
                    AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000)));
    KafkaReadinessProbe probe = new KafkaReadinessProbe(admin, timeout);
    probe.scheduler.scheduleWithFixedDelay(
        probe::check, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    return probe;
  }

  @Override
  public boolean isReady() {
    return ready;
  }

  private void check() {
    boolean reachable;
    try {
      reachable =
          !admin
              .describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
              .nodes()
              .get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS)
              .isEmpty();
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      reachable = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (reachable != ready) {
      LOGGER.info(
          "Kafka is {}: ingest is {}",
          reachable ? "reachable" : "unreachable",
          reachable ? "ready" : "not ready");
    }
    ready = reachable;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    admin.close(Duration.ofSeconds(2));
  }
}
