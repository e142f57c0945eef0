package dev.responder.sandbox.kafka;

import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.support.FreePorts;
import dev.responder.sandbox.support.ParentWatchdog;
import dev.responder.sandbox.support.Stopwatch;
import dev.responder.sandbox.support.TempDirectories;
import dev.responder.schemas.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Kafka broker ({@code kafka.Kafka}, KRaft, broker and controller in one node) as a child
 * JVM. Its work directory holds {@code server.properties}, the data and {@code broker.log}; it
 * keeps them across {@link #stop()}/{@link #start()} and deletes them in {@link #close()}.
 */
public final class ChildProcessKafkaBroker implements KafkaBroker {

  private static final Logger LOGGER = LoggerFactory.getLogger(ChildProcessKafkaBroker.class);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final Path workDirectory;
  private final Path logFile;
  private final BrokerProperties properties;
  private final ChildJvm jvm;
  private Process process;
  private ParentWatchdog watchdog;

  private ChildProcessKafkaBroker(Path workDirectory, boolean authorizing) {
    this.workDirectory = workDirectory;
    this.logFile = workDirectory.resolve("broker.log");
    this.properties =
        new BrokerProperties(
            FreePorts.next(),
            FreePorts.next(),
            authorizing ? FreePorts.next() : 0,
            workDirectory.resolve("data"));
    this.jvm = new ChildJvm(BrokerClasspath.resolve(), workDirectory, logFile);
  }

  /** Formats a new single-node cluster in a fresh temporary directory and starts it. */
  public static ChildProcessKafkaBroker startNew() {
    return startNew(false);
  }

  /**
   * As {@link #startNew()}, with a SCRAM-SHA-512 listener at {@link #saslBootstrapServers()} whose
   * clients the ACL authorizer checks; {@link #bootstrapServers()} stays the administrator's (a
   * super user). Users and ACLs are created through the Admin API.
   */
  public static ChildProcessKafkaBroker startNewAuthorizing() {
    return startNew(true);
  }

  private static ChildProcessKafkaBroker startNew(boolean authorizing) {
    ChildProcessKafkaBroker broker =
        new ChildProcessKafkaBroker(TempDirectories.create("kafka"), authorizing);
    try {
      Stopwatch stopwatch = Stopwatch.start();
      broker.format();
      LOGGER.info("Kafka storage formatted in {} (child JVM, StorageTool)", stopwatch.elapsed());
      broker.start();
      return broker;
    } catch (RuntimeException e) {
      broker.close();
      throw e;
    }
  }

  private void format() {
    Path config = workDirectory.resolve("server.properties");
    properties.writeTo(config);
    String clusterId = Uuid.randomUuid().toString();
    jvm.run(
        "kafka.tools.StorageTool",
        List.of("format", "-t", clusterId, "-c", config.toString(), "--standalone"),
        60);
  }

  @Override
  public synchronized void start() {
    if (isRunning()) {
      return;
    }
    Stopwatch stopwatch = Stopwatch.start();
    process =
        jvm.start("kafka.Kafka", List.of(workDirectory.resolve("server.properties").toString()));
    watchdog = ParentWatchdog.guard("Kafka broker", process.pid(), List.of(workDirectory));
    try (Admin admin = Admin.create(adminProperties())) {
      awaitReady(admin);
      TopicCatalogue.createMissing(admin, Topics.all());
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
    LOGGER.info(
        "Kafka broker ready on {} in {} (pid {}, log {})",
        bootstrapServers(),
        stopwatch.elapsed(),
        process.pid(),
        logFile);
  }

  private void awaitReady(Admin admin) {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new KafkaStartupException(
            "the broker exited with " + process.exitValue() + " while starting", logFile);
      }
      try {
        admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
        return;
      } catch (ExecutionException | TimeoutException e) {
        LOGGER.debug("broker on {} not ready yet: {}", bootstrapServers(), e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new KafkaStartupException("interrupted while waiting for the broker", logFile);
      }
    }
    throw new KafkaStartupException(
        "the broker on " + bootstrapServers() + " was not ready within " + READY_TIMEOUT, logFile);
  }

  private Map<String, Object> adminProperties() {
    return Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000,
        AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
  }

  /** Sends SIGTERM (Kafka shuts down cleanly on it) and waits; kills the JVM if it hangs. */
  @Override
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    watchdog.close();
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        LOGGER.warn("Kafka broker did not stop within {}; killing it", STOP_TIMEOUT);
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    LOGGER.info("Kafka broker on {} stopped", bootstrapServers());
    process = null;
  }

  @Override
  public synchronized void close() {
    stop();
    TempDirectories.delete(workDirectory);
  }

  @Override
  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  @Override
  public String bootstrapServers() {
    return properties.bootstrapServers();
  }

  /** The SCRAM listener of a broker started by {@link #startNewAuthorizing()}. */
  public String saslBootstrapServers() {
    if (properties.saslPort() == 0) {
      throw new IllegalStateException("this broker was started without a SASL listener");
    }
    return properties.saslBootstrapServers();
  }

  @Override
  public Map<String, Object> clientProperties() {
    return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
  }

  /** The broker's process while it runs, for leak checks. */
  public synchronized Optional<ProcessHandle> process() {
    return Optional.ofNullable(process).map(Process::toHandle);
  }

  /** The directory holding the broker's configuration, data and log. */
  public Path workDirectory() {
    return workDirectory;
  }
}
