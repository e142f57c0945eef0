package dev.responder.sandbox;

import java.util.Optional;

/**
 * Chooses the {@link InfraMode}: a forced mode wins, otherwise containers only when Docker works.
 */
public final class InfraModeSelector {

  /**
   * The chosen mode and the reason, for the log.
   *
   * @param mode the mode to run in
   * @param reason why, in words a person reading the test log understands
   */
  public record Decision(InfraMode mode, String reason) {}

  private InfraModeSelector() {}

  /** Decides from the settings and the Docker environment; asks Docker only when it must. */
  public static Decision select(SandboxConfig config, DockerEnvironment docker) {
    if (config.forcedMode().isPresent()) {
      InfraMode forced = config.forcedMode().get();
      return new Decision(forced, "forced by -D" + SandboxConfig.INFRA_KEY + "=" + lower(forced));
    }
    Optional<String> endpoint = docker.endpoint();
    if (endpoint.isEmpty()) {
      return new Decision(
          InfraMode.EMBEDDED,
          "no Docker endpoint (DOCKER_HOST unset, no docker.sock), Testcontainers not tried");
    }
    if (docker.dockerAvailable()) {
      return new Decision(InfraMode.CONTAINERS, "Docker is available at " + endpoint.get());
    }
    return new Decision(
        InfraMode.EMBEDDED,
        "Docker endpoint " + endpoint.get() + " found but Testcontainers cannot use it");
  }

  private static String lower(InfraMode mode) {
    return mode.name().toLowerCase(java.util.Locale.ROOT);
  }
}
