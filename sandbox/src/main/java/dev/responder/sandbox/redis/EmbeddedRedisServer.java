package dev.responder.sandbox.redis;

import dev.responder.sandbox.Redis;
import dev.responder.sandbox.support.FreePorts;
import dev.responder.sandbox.support.ParentWatchdog;
import dev.responder.sandbox.support.Stopwatch;
import dev.responder.sandbox.support.TempDirectories;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * A redis-server child process on loopback: the machine's {@code redis-server} when it is on the
 * PATH (a current release), otherwise the 6.2 binary bundled with embedded-redis. Persistence is
 * off and its working directory is temporary, so it leaves nothing behind.
 */
public final class EmbeddedRedisServer implements Redis {

  private static final Logger LOGGER = LoggerFactory.getLogger(EmbeddedRedisServer.class);

  private final RedisServer server;
  private final int port;
  private final Path workDirectory;
  private ParentWatchdog watchdog;
  private boolean closed;

  private EmbeddedRedisServer(RedisServer server, int port, Path workDirectory) {
    this.server = server;
    this.port = port;
    this.workDirectory = workDirectory;
  }

  /** Starts a server on a free loopback port. */
  public static EmbeddedRedisServer startNew() {
    int port = FreePorts.next();
    Path workDirectory = TempDirectories.create("redis");
    try {
      RedisServer server =
          RedisServer.newRedisServer()
              .executableProvider(executable())
              .port(port)
              .bind("127.0.0.1")
              .setting("dir " + workDirectory)
              .setting("save \"\"")
              .setting("appendonly no")
              .build();
      EmbeddedRedisServer redis = new EmbeddedRedisServer(server, port, workDirectory);
      redis.start();
      return redis;
    } catch (IOException | RuntimeException e) {
      TempDirectories.delete(workDirectory);
      throw new IllegalStateException("could not start Redis on port " + port, e);
    }
  }

  private static ExecutableProvider executable() {
    try {
      ExecutableProvider onPath = ExecutableProvider.newExecutableInPath("redis-server");
      LOGGER.info("Using redis-server from the PATH");
      return onPath;
    } catch (FileNotFoundException e) {
      return ExecutableProvider.newJarResourceProvider();
    }
  }

  @Override
  public synchronized void start() {
    if (server.isActive()) {
      return;
    }
    Stopwatch stopwatch = Stopwatch.start();
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start Redis on port " + port, e);
    }
    long pid = processId();
    watchdog = ParentWatchdog.guard("Redis", pid, directoriesOf(pid));
    LOGGER.info("Redis ready at {} in {}", uri(), stopwatch.elapsed());
  }

  @Override
  public synchronized void stop() {
    if (!server.isActive()) {
      return;
    }
    if (watchdog != null) {
      watchdog.close();
      watchdog = null;
    }
    try {
      server.stop();
      LOGGER.info("Redis on port {} stopped", port);
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop Redis on port " + port, e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stop();
    TempDirectories.delete(workDirectory);
  }

  /**
   * Its working directory, and the temporary directory embedded-redis extracted the bundled binary
   * to (removed only at a clean JVM exit otherwise).
   */
  private List<Path> directoriesOf(long pid) {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    return Stream.concat(
            Stream.of(workDirectory),
            ProcessHandle.of(pid).flatMap(p -> p.info().command()).map(Path::of).stream()
                .map(Path::getParent)
                .filter(dir -> tmp.equals(dir.getParent()))
                .filter(dir -> dir.getFileName().toString().startsWith("redis-")))
        .toList();
  }

  /** The server's pid, as it reports it itself ({@code INFO server}, inline protocol). */
  private long processId() {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.getOutputStream().write("INFO server\r\n".getBytes(StandardCharsets.US_ASCII));
      BufferedReader reply =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      for (String line = reply.readLine(); line != null; line = reply.readLine()) {
        if (line.startsWith("process_id:")) {
          return Long.parseLong(line.substring("process_id:".length()).trim());
        }
      }
      throw new IllegalStateException("Redis on port " + port + " did not report its process_id");
    } catch (IOException e) {
      throw new UncheckedIOException("could not ask Redis on port " + port + " for its pid", e);
    }
  }

  @Override
  public String uri() {
    return "redis://127.0.0.1:" + port;
  }

  @Override
  public int port() {
    return port;
  }
}
