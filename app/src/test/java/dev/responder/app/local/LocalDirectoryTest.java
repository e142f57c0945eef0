package dev.responder.app.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDirectoryTest {

  private static final URI SIMULATOR = URI.create("http://127.0.0.1:2");

  @TempDir Path root;

  @Test
  void shouldKeepASecondHolderOut() throws Exception {
    // given
    LocalDirectory.Lock first = new LocalDirectory(root).tryLock().orElseThrow();

    // when
    Optional<LocalDirectory.Lock> second = new LocalDirectory(root).tryLock();

    // then
    assertThat(second).isEmpty();
    first.close();
  }

  @Test
  void shouldRemoveWhatAKilledStackLeftWhenTheNextOneTakesTheLock() throws Exception {
    // given what a stack killed with SIGKILL leaves: published files and the correlator's state
    LocalDirectory directory = new LocalDirectory(root);
    LocalDirectory.Lock killed = directory.tryLock().orElseThrow();
    directory.writeCatalog("version: x\n");
    directory.publish(
        new Endpoints(
            "http://127.0.0.1:1",
            "t",
            "e",
            null,
            null,
            "k:1",
            "jdbc:x",
            "redis://r:1",
            "http://k/",
            1),
        SIMULATOR);
    Path state = Files.createDirectories(directory.correlatorStateDirectory().resolve("0_1"));
    Files.writeString(state.resolve(".checkpoint"), "0\n");
    killed.close();

    // when
    LocalDirectory.Lock next = directory.tryLock().orElseThrow();

    // then
    assertThat(directory.endpointsFile()).doesNotExist();
    assertThat(directory.catalogFile()).doesNotExist();
    assertThat(directory.correlatorStateDirectory()).doesNotExist();
    next.close();
  }

  @Test
  void shouldLeaveNothingBehindOnceUnpublishedAndReleased() throws Exception {
    // given
    LocalDirectory directory = new LocalDirectory(root);
    LocalDirectory.Lock lock = directory.tryLock().orElseThrow();
    directory.writeCatalog("version: x\n");
    directory.publish(
        new Endpoints(
            "http://127.0.0.1:1",
            "t",
            "e",
            null,
            null,
            "k:1",
            "jdbc:x",
            "redis://r:1",
            "http://k/",
            1),
        SIMULATOR);

    // when
    directory.unpublish();
    lock.close();

    // then
    assertThat(root.resolve(".responder")).doesNotExist();
  }

  @Test
  void shouldWriteTheTokenForItsOwnerOnly() throws Exception {
    // given
    LocalDirectory directory = new LocalDirectory(root);
    Files.createDirectories(directory.path());

    // when
    directory.publish(
        new Endpoints(
            "http://127.0.0.1:1",
            "t0k3n",
            "ev3nts",
            null,
            null,
            "k:1",
            "jdbc:x",
            "redis://r:1",
            "http://k/",
            1),
        SIMULATOR);

    // then
    assertThat(directory.tokenFile()).hasContent("t0k3n");
    assertThat(directory.eventsTokenFile()).hasContent("ev3nts");
    assertThat(Files.getPosixFilePermissions(directory.eventsTokenFile()))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(directory.simulatorFile()).hasContent(SIMULATOR.toString());
    assertThat(Files.getPosixFilePermissions(directory.endpointsFile()))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }
}
