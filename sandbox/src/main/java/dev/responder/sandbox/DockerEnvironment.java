package dev.responder.sandbox;

/**
 * What the machine says about Docker. The two questions are separate so that, without any Docker
 * endpoint, the sandbox never even loads Testcontainers (its probing can be slow).
 */
public interface DockerEnvironment {

  /**
   * Where a Docker endpoint was found (DOCKER_HOST, a socket file), or empty when there is none.
   */
  java.util.Optional<String> endpoint();

  /** Whether Testcontainers can actually talk to Docker; only asked when an endpoint exists. */
  boolean dockerAvailable();
}
