package dev.responder.sandbox.containers;

import dev.responder.sandbox.DockerEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Docker as this machine has it. The endpoint check only looks at the environment and the usual
 * socket files, so it is instant; Testcontainers is asked (with a time limit, on a daemon thread so
 * it can never hang the caller) only when an endpoint exists.
 */
public final class LocalDockerEnvironment implements DockerEnvironment {

  private static final Logger LOGGER = LoggerFactory.getLogger(LocalDockerEnvironment.class);
  private static final long PROBE_TIMEOUT_SECONDS = 20;

  @Override
  public Optional<String> endpoint() {
    String dockerHost = System.getenv("DOCKER_HOST");
    if (dockerHost != null && !dockerHost.isBlank()) {
      return Optional.of("DOCKER_HOST=" + dockerHost);
    }
    return socketCandidates().stream().filter(Files::exists).map(Path::toString).findFirst();
  }

  private static List<Path> socketCandidates() {
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of("/var/run/docker.sock"));
    String home = System.getProperty("user.home");
    candidates.add(Path.of(home, ".docker", "run", "docker.sock"));
    candidates.add(Path.of(home, ".docker", "desktop", "docker.sock"));
    String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
    if (runtimeDir != null) {
      candidates.add(Path.of(runtimeDir, "docker.sock"));
    }
    return candidates;
  }

  @Override
  public boolean dockerAvailable() {
    CompletableFuture<Boolean> probe = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> probe.complete(DockerClientFactory.instance().isDockerAvailable()),
            "sandbox-docker-probe");
    thread.setDaemon(true);
    thread.start();
    try {
      return probe.get(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      LOGGER.warn(
          "Docker probe gave no answer within {} s; assuming no Docker", PROBE_TIMEOUT_SECONDS);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
