package dev.responder.sandbox.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {

  @TempDir Path work;

  /** Runs in the child JVM: writes its heap ceiling. */
  public static final class PrintMaxHeap {
    public static void main(String[] args) {
      System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
    }
  }

  @AfterEach
  void forgetTheOptions() {
    System.clearProperty(ChildJvm.MEMORY_PROPERTY);
  }

  @Test
  void shouldStartTheBrokersJvmWithTheMemoryOptionsLocalModeGives() throws Exception {
    // given the options the launcher passes for local mode
    System.setProperty(ChildJvm.MEMORY_PROPERTY, "-Xms16m  -Xmx96m -XX:+UseSerialGC");
    Path log = work.resolve("child.log");

    // when
    new ChildJvm(System.getProperty("java.class.path"), work, log)
        .run(PrintMaxHeap.class.getName(), List.of(), 60);

    // then
    long maxHeap = Long.parseLong(Files.readString(log).replaceAll("(?s).*maxHeap=(\\d+).*", "$1"));
    assertThat(maxHeap).isLessThanOrEqualTo(96L * 1024 * 1024);
  }
}
