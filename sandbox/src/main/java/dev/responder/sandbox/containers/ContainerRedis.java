package dev.responder.sandbox.containers;

import dev.responder.sandbox.Redis;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/** Redis 7 in a container. */
final class ContainerRedis implements Redis {

  static final String IMAGE = "redis:7";
  private static final int REDIS_PORT = 6379;

  private final GenericContainer<?> container;
  private final ContainerOutage outage;

  private ContainerRedis(GenericContainer<?> container) {
    this.container = container;
    this.outage = new ContainerOutage(container);
  }

  static ContainerRedis startNew() {
    GenericContainer<?> container =
        new GenericContainer<>(DockerImageName.parse(IMAGE))
            .withExposedPorts(REDIS_PORT)
            .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*\\n", 1));
    container.start();
    return new ContainerRedis(container);
  }

  @Override
  public String uri() {
    return "redis://" + container.getHost() + ":" + port();
  }

  @Override
  public int port() {
    return container.getMappedPort(REDIS_PORT);
  }

  /** Pauses the container: same port afterwards, see {@link ContainerOutage}. */
  @Override
  public void stop() {
    outage.begin();
  }

  @Override
  public void start() {
    outage.end();
  }

  @Override
  public void close() {
    container.stop();
  }
}
