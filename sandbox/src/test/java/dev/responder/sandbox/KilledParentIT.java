package dev.responder.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A JVM killed with SIGKILL leaves nothing running: the broker, PostgreSQL (daemonised by pg_ctl,
 * so no descendant of the JVM) and Redis it started all stop, and their directories go.
 */
class KilledParentIT {

  /** Runs in the child JVM: starts the three servers and says where they are. */
  public static final class StartServers {
    public static void main(String[] args) throws Exception {
      Sandbox sandbox = Sandbox.shared();
      System.out.println("kafka " + sandbox.kafka().bootstrapServers());
      System.out.println("postgres " + sandbox.postgres().jdbcUrl());
      System.out.println("redis " + sandbox.redis().port());
      System.out.println("READY");
      System.out.flush();
      // Holds the servers until the test kills this JVM: nothing ever counts the latch down.
      new CountDownLatch(1).await();
    }
  }

  @Test
  void shouldStopEveryServerAndRemoveItsDirectoriesWhenTheJvmThatStartedThemIsKilled()
      throws Exception {
    // given a JVM that started a broker, PostgreSQL and Redis
    Process parent =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                StartServers.class.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      killAndAwait(parent);
    } finally {
      parent.destroyForcibly();
    }
  }

  private void killAndAwait(Process parent) throws IOException {
    List<String> lines = readUntilReady(parent);
    String postgresPort =
        lines.stream()
            .filter(l -> l.startsWith("postgres "))
            .findFirst()
            .map(l -> l.replaceAll(".*:(\\d+)/.*", "$1"))
            .orElseThrow();
    List<ProcessHandle> servers = new ArrayList<>(parent.descendants().toList());
    ProcessHandle postmaster = postmaster(postgresPort).orElseThrow();
    servers.add(postmaster);
    servers.addAll(postmaster.descendants().toList());
    List<Path> directories = directoriesOf(servers);
    assertThat(servers).extracting(this::command).anyMatch(c -> c.contains("kafka.Kafka"));
    assertThat(servers).extracting(this::command).anyMatch(c -> c.contains("redis-server"));
    assertThat(directories).isNotEmpty();

    // when
    parent.destroyForcibly();

    // then
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(servers).noneMatch(ProcessHandle::isAlive));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(directories).noneMatch(Files::exists));
  }

  private static List<String> readUntilReady(Process process) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.equals("READY")) {
        return lines;
      }
      lines.add(line);
    }
    throw new IllegalStateException("the child JVM ended before its servers were ready: " + lines);
  }

  private static Optional<ProcessHandle> postmaster(String port) {
    return ProcessHandle.allProcesses()
        .filter(
            p -> p.info().commandLine().orElse("").matches(".*/postgres .*-p " + port + "( .*|$)"))
        .findFirst();
  }

  /** The command line as the kernel has it (ProcessHandle.Info leaves out long argument lists). */
  private String command(ProcessHandle process) {
    try {
      return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
          .replace('\0', ' ');
    } catch (IOException gone) {
      return "";
    }
  }

  /**
   * The working directories the servers were started with (-D for PostgreSQL, tmpdir for Kafka).
   */
  private List<Path> directoriesOf(List<ProcessHandle> servers) {
    return servers.stream()
        .flatMap(
            p ->
                Stream.of(command(p).split(" "))
                    .map(a -> a.replaceFirst("^-Djava.io.tmpdir=", ""))
                    .map(a -> a.replaceFirst("/tmp$", "")))
        .filter(a -> a.matches("/tmp/(responder-kafka-|epg)[^/]*"))
        .map(Path::of)
        .distinct()
        .toList();
  }
}
