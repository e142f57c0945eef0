package dev.responder.sandbox.containers;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * Simulates an outage of a container by pausing it: stopping and starting a container would give it
 * new host ports, while a paused one keeps them, so clients can reconnect to the same address.
 */
final class ContainerOutage {

  private final GenericContainer<?> container;
  private boolean paused;

  ContainerOutage(GenericContainer<?> container) {
    this.container = container;
  }

  synchronized void begin() {
    if (!paused) {
      DockerClientFactory.instance().client().pauseContainerCmd(container.getContainerId()).exec();
      paused = true;
    }
  }

  synchronized void end() {
    if (paused) {
      DockerClientFactory.instance()
          .client()
          .unpauseContainerCmd(container.getContainerId())
          .exec();
      paused = false;
    }
  }

  synchronized boolean ongoing() {
    return paused;
  }
}
