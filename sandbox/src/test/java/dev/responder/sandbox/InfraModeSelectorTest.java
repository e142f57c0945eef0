package dev.responder.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.sandbox.containers.LocalDockerEnvironment;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class InfraModeSelectorTest {

  private static final Logger LOGGER = LoggerFactory.getLogger(InfraModeSelectorTest.class);

  /** A Docker environment with fixed answers that records whether Docker itself was asked. */
  private static final class FixedDocker implements DockerEnvironment {
    private final Optional<String> endpoint;
    private final boolean available;
    private boolean asked;

    FixedDocker(Optional<String> endpoint, boolean available) {
      this.endpoint = endpoint;
      this.available = available;
    }

    @Override
    public Optional<String> endpoint() {
      return endpoint;
    }

    @Override
    public boolean dockerAvailable() {
      asked = true;
      return available;
    }
  }

  @Test
  void shouldPickEmbeddedOnThisMachineWithoutAnOverride() {
    // when
    InfraModeSelector.Decision decision =
        InfraModeSelector.select(SandboxConfig.fromMap(Map.of()), new LocalDockerEnvironment());

    // then
    LOGGER.info("On this machine: {} because {}", decision.mode(), decision.reason());
    assertThat(decision.mode()).isEqualTo(InfraMode.EMBEDDED);
    assertThat(decision.reason()).containsIgnoringCase("docker");
  }

  @Test
  void shouldNotAskDockerWhenNoEndpointExists() {
    // given
    FixedDocker docker = new FixedDocker(Optional.empty(), true);

    // when
    InfraModeSelector.Decision decision =
        InfraModeSelector.select(SandboxConfig.fromMap(Map.of()), docker);

    // then
    assertThat(decision.mode()).isEqualTo(InfraMode.EMBEDDED);
    assertThat(docker.asked).isFalse();
  }

  @Test
  void shouldPickContainersWhenDockerAnswers() {
    // given
    FixedDocker docker = new FixedDocker(Optional.of("/var/run/docker.sock"), true);

    // when
    InfraModeSelector.Decision decision =
        InfraModeSelector.select(SandboxConfig.fromMap(Map.of()), docker);

    // then
    assertThat(decision.mode()).isEqualTo(InfraMode.CONTAINERS);
    assertThat(decision.reason()).contains("/var/run/docker.sock");
  }

  @Test
  void shouldFallBackToEmbeddedWhenTheDockerEndpointDoesNotWork() {
    // given
    FixedDocker docker = new FixedDocker(Optional.of("DOCKER_HOST=tcp://nowhere:2375"), false);

    // when
    InfraModeSelector.Decision decision =
        InfraModeSelector.select(SandboxConfig.fromMap(Map.of()), docker);

    // then
    assertThat(decision.mode()).isEqualTo(InfraMode.EMBEDDED);
    assertThat(decision.reason()).contains("cannot use it");
  }

  @Test
  void shouldForceContainersEvenWithoutDocker() {
    // given
    FixedDocker docker = new FixedDocker(Optional.empty(), false);

    // when
    InfraModeSelector.Decision decision =
        InfraModeSelector.select(
            SandboxConfig.fromMap(Map.of("responder.infra", "containers")), docker);

    // then
    assertThat(decision.mode()).isEqualTo(InfraMode.CONTAINERS);
    assertThat(decision.reason()).contains("-Dresponder.infra=containers");
    assertThat(docker.asked).isFalse();
  }

  @Test
  void shouldForceEmbeddedEvenWithDocker() {
    // given
    FixedDocker docker = new FixedDocker(Optional.of("/var/run/docker.sock"), true);

    // when
    InfraModeSelector.Decision decision =
        InfraModeSelector.select(
            SandboxConfig.fromMap(Map.of("responder.infra", " Embedded ")), docker);

    // then
    assertThat(decision.mode()).isEqualTo(InfraMode.EMBEDDED);
    assertThat(docker.asked).isFalse();
  }

  @Test
  void shouldRejectAnUnknownModeNamingTheKeyAndTheAcceptedValues() {
    assertThatThrownBy(() -> SandboxConfig.fromMap(Map.of("responder.infra", "docker")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-Dresponder.infra")
        .hasMessageContaining("'containers' or 'embedded'")
        .hasMessageContaining("'docker'");
  }

  @Test
  void shouldAutoDetectWhenTheModeIsBlank() {
    assertThat(SandboxConfig.fromMap(Map.of("responder.infra", "  ")).forcedMode()).isEmpty();
  }
}
