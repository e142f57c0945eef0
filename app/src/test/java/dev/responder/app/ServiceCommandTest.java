package dev.responder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;

class ServiceCommandTest {

  /** A service command whose service has already stopped by itself for {@code reason}. */
  private static final class StoppedService extends ServiceCommand {

    final AtomicInteger closed = new AtomicInteger();
    private final CompletionStage<String> stoppedByItself;

    StoppedService(String reason) {
      super("probe", Map.of());
      this.stoppedByItself = CompletableFuture.completedFuture(reason);
    }

    @Override
    public Integer call() throws InterruptedException {
      return runUntilStopped(closed::incrementAndGet, "running", stoppedByItself);
    }
  }

  @Test
  void shouldCloseTheServiceAndExitWithFailureNamingWhyWhenItStopsByItself() {
    StoppedService command = new StoppedService("Kafka Streams stopped (ERROR): boom");
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(command);
    commandLine.setErr(new PrintWriter(err, true));

    int exit = commandLine.execute();

    assertThat(exit).isEqualTo(ExitCode.SOFTWARE).isNotZero();
    assertThat(err.toString().lines())
        .containsExactly("responder probe: stopped: Kafka Streams stopped (ERROR): boom");
    assertThat(command.closed).hasValue(1);
  }
}
