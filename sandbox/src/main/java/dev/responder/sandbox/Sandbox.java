package dev.responder.sandbox;

import dev.responder.sandbox.containers.ContainerComponents;
import dev.responder.sandbox.containers.LocalDockerEnvironment;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one sandbox of this JVM. Each component starts on first access, on free loopback ports, and
 * everything started is closed by a shutdown hook at JVM exit, whatever the tests did, in reverse
 * order of start. Usable from tests and from local mode alike.
 */
public final class Sandbox {

  private static final Logger LOGGER = LoggerFactory.getLogger(Sandbox.class);
  private static Sandbox shared;

  private final InfraMode mode;
  private final ComponentFactory factory;
  private final Deque<SandboxComponent> started = new ArrayDeque<>();
  private final Deque<AutoCloseable> dependents = new ArrayDeque<>();
  private KafkaBroker kafka;
  private Postgres postgres;
  private Redis redis;
  private KubernetesApi kubernetes;

  private Sandbox(InfraModeSelector.Decision decision) {
    this.mode = decision.mode();
    this.factory =
        mode == InfraMode.CONTAINERS ? new ContainerComponents() : new EmbeddedComponents();
    LOGGER.info("Sandbox infrastructure mode {}: {}", mode, decision.reason());
  }

  /** The sandbox of this JVM, created (with its shutdown hook) on first call. */
  public static synchronized Sandbox shared() {
    if (shared == null) {
      SandboxConfig config = SandboxConfig.fromMap(systemProperties());
      shared = new Sandbox(InfraModeSelector.select(config, new LocalDockerEnvironment()));
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "sandbox-shutdown"));
    }
    return shared;
  }

  private static Map<String, String> systemProperties() {
    Map<String, String> properties = new HashMap<>();
    System.getProperties()
        .forEach((key, value) -> properties.put(key.toString(), value.toString()));
    return properties;
  }

  public InfraMode mode() {
    return mode;
  }

  public synchronized KafkaBroker kafka() {
    if (kafka == null) {
      kafka = track(factory::startKafka);
    }
    return kafka;
  }

  public synchronized Postgres postgres() {
    if (postgres == null) {
      postgres = track(factory::startPostgres);
    }
    return postgres;
  }

  public synchronized Redis redis() {
    if (redis == null) {
      redis = track(factory::startRedis);
    }
    return redis;
  }

  /** The Kubernetes API: fabric8's mock server in every mode (no real API server runs here). */
  public synchronized KubernetesApi kubernetes() {
    if (kubernetes == null) {
      kubernetes = track(KubernetesApi::startNew);
    }
    return kubernetes;
  }

  private <T extends SandboxComponent> T track(Supplier<T> starter) {
    T component = starter.get();
    started.push(component);
    return component;
  }

  /**
   * Registers something that uses the sandbox (a service, a simulator) to be closed first whenever
   * the sandbox closes, by {@link #close()} or at JVM exit, so it never sees its infrastructure
   * vanish under it. Closed in reverse order of registration; its close must be idempotent.
   */
  public synchronized void beforeClose(AutoCloseable dependent) {
    dependents.push(dependent);
  }

  /**
   * Closes every started component now, in reverse order of start, and forgets them: a later access
   * starts a fresh one. Local mode calls it to stop in order instead of racing the JVM's other
   * shutdown hooks; idempotent.
   */
  public synchronized void close() {
    while (!dependents.isEmpty()) {
      AutoCloseable dependent = dependents.pop();
      try {
        dependent.close();
      } catch (Exception e) {
        LOGGER.warn("Could not stop {} before the sandbox", dependent, e);
      }
    }
    kafka = null;
    postgres = null;
    redis = null;
    kubernetes = null;
    while (!started.isEmpty()) {
      SandboxComponent component = started.pop();
      try {
        component.close();
      } catch (RuntimeException e) {
        LOGGER.warn("Could not close {} at JVM exit", component, e);
      }
    }
  }
}
