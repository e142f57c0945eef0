package dev.responder.app.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * {@code .responder/local/} under the repository root: the lock that keeps a second {@code local}
 * out, and the files a running stack publishes (endpoints, token, derived catalog). The lock is an
 * OS file lock, released by the kernel when the process dies however it dies, so a stale file never
 * blocks the next start. Files holding secrets are readable by their owner only.
 */
public final class LocalDirectory {

  private final Path directory;

  public LocalDirectory(Path root) {
    this.directory = root.resolve(".responder").resolve("local");
  }

  public Path path() {
    return directory;
  }

  public Path endpointsFile() {
    return directory.resolve("endpoints.json");
  }

  /**
   * Alertmanager's bearer token for {@code /v1/alertmanager} (the name an Alertmanager config
   * uses).
   */
  Path tokenFile() {
    return directory.resolve("ingest-token");
  }

  /** The CRM application's bearer token for {@code /v1/events}. */
  Path eventsTokenFile() {
    return directory.resolve("events-token");
  }

  public Path catalogFile() {
    return directory.resolve("catalog.yaml");
  }

  /** The simulator's control URL ({@code POST /faults/...}, {@code GET /state}), one line. */
  public Path simulatorFile() {
    return directory.resolve("simulator-url");
  }

  /** The operator API's local users file (hashes only). */
  public Path operatorUsersFile() {
    return directory.resolve("operator").resolve("users.yaml");
  }

  /** The API token of a local operator user, for {@code --as USER}. */
  public Path operatorTokenFile(String user) {
    return directory.resolve("operator").resolve(user + ".token");
  }

  /** The password of a local operator user, for Basic authentication (a browser). */
  public Path operatorPasswordFile(String user) {
    return directory.resolve("operator").resolve(user + ".password");
  }

  /** Writes a secret file of the operator's, readable by its owner only. */
  void writeOperatorFile(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    writePrivate(file, content);
  }

  private Path lockFile() {
    return directory.resolve("local.lock");
  }

  /** The lock of this directory, or empty when another running {@code local} holds it. */
  public Optional<Lock> tryLock() throws IOException {
    Files.createDirectories(directory);
    FileChannel channel =
        FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      return Optional.of(new Lock(channel, lock));
    } catch (OverlappingFileLockException e) {
      // This JVM already runs a stack on this directory (tests start stacks in-process).
      channel.close();
      return Optional.empty();
    }
  }

  /** The endpoints a running stack published, if the file is there and readable. */
  public Optional<Endpoints> readEndpoints() {
    try {
      return Optional.of(Endpoints.fromJson(Files.readString(endpointsFile())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  void writeCatalog(String catalogYaml) throws IOException {
    Files.createDirectories(directory);
    writePrivate(catalogFile(), catalogYaml);
  }

  /**
   * Publishes a started stack: the token files (Alertmanager's, for an Alertmanager config, and the
   * CRM application's), the simulator's control URL, and the endpoints last (a reader that finds
   * them finds the rest).
   */
  void publish(Endpoints endpoints, java.net.URI simulator) throws IOException {
    writePrivate(tokenFile(), endpoints.ingestToken() + "\n");
    writePrivate(eventsTokenFile(), endpoints.eventsToken() + "\n");
    writePrivate(simulatorFile(), simulator + "\n");
    writePrivate(endpointsFile(), endpoints.toJson());
  }

  /** Removes what {@link #publish} wrote, leaving the lock to its holder. */
  void unpublish() throws IOException {
    Files.deleteIfExists(endpointsFile());
    Files.deleteIfExists(tokenFile());
    Files.deleteIfExists(eventsTokenFile());
    Files.deleteIfExists(simulatorFile());
    Files.deleteIfExists(catalogFile());
    Path operator = directory.resolve("operator");
    if (Files.isDirectory(operator)) {
      try (var files = Files.list(operator)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(operator);
    }
  }

  /** Writes through a temporary file and a move, so a reader never sees half a file. */
  private void writePrivate(Path file, String content) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, content, StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): the user's profile directory protects it instead.
    }
    try {
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * The held lock; releasing it deletes the lock file and, if then empty, {@code .responder/local/}
   * and {@code .responder/}.
   */
  public final class Lock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private Lock(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    @Override
    public void close() throws IOException {
      if (!channel.isOpen()) {
        return;
      }
      Files.deleteIfExists(lockFile());
      lock.release();
      channel.close();
      deleteIfEmpty(directory);
      deleteIfEmpty(directory.getParent());
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
      try (var entries = Files.list(dir)) {
        if (entries.findAny().isEmpty()) {
          Files.deleteIfExists(dir);
        }
      }
    }
  }
}
