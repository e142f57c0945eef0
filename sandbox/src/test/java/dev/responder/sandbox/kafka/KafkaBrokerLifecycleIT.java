package dev.responder.sandbox.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Leak check on a broker of its own (the shared one must keep running for the other tests): the
 * broker is a child process of this JVM, and closing it leaves neither process nor directory.
 */
class KafkaBrokerLifecycleIT {

  @Test
  void shouldRunTheBrokerAsAChildProcessAndLeaveNothingBehindWhenClosed() {
    // given
    ChildProcessKafkaBroker broker = ChildProcessKafkaBroker.startNew();
    ProcessHandle child = broker.process().orElseThrow();
    Path workDirectory = broker.workDirectory();
    assertThat(child.parent()).contains(ProcessHandle.current());
    assertThat(ProcessHandle.current().children()).contains(child);
    assertThat(workDirectory).isDirectory();

    // when
    broker.close();

    // then
    await().atMost(Duration.ofSeconds(5)).until(() -> !child.isAlive());
    assertThat(ProcessHandle.current().descendants()).doesNotContain(child);
    assertThat(Files.exists(workDirectory)).isFalse();
    assertThat(broker.isRunning()).isFalse();
  }
}
