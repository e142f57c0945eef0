package dev.responder.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code responder <service>} command shares: the {@code --config} file, overridden by
 * the environment ({@link ServiceSettings}), usage errors that name the command, and keeping the
 * started service in the foreground until the process is stopped (SIGTERM, Ctrl-C), when a shutdown
 * hook closes it, or until the service reports that it stopped working, when the exit status says
 * so.
 */
abstract class ServiceCommand implements Callable<Integer> {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "A properties file of RESPONDER_* entries (environment variables win).")
  Path configFile;

  @Spec CommandSpec spec;

  private final String name;
  private final Map<String, String> environment;

  ServiceCommand(String name, Map<String, String> environment) {
    this.name = name;
    this.environment = environment;
  }

  /** The settings: the {@code --config} file's entries, overridden by the environment. */
  final Map<String, String> settings() throws IOException {
    return ServiceSettings.read(configFile, environment);
  }

  /** Prints {@code message} as this command's usage error; returns the exit code for it. */
  final int usage(String message) {
    spec.commandLine().getErr().println("responder " + name + ": " + message);
    return ExitCode.USAGE;
  }

  /**
   * Prints why the service could not start (a dependency down, a port in use), with its stack
   * trace; returns the exit code for a failure that is not the caller's usage.
   */
  final int startFailed(Exception failure) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("responder " + name + ": cannot start: " + failure.getMessage());
    failure.printStackTrace(err);
    return ExitCode.SOFTWARE;
  }

  /** Prints {@code banner}, then waits until the process is stopped and {@code close} ran. */
  final int runUntilStopped(Runnable close, String banner) throws InterruptedException {
    return runUntilStopped(close, banner, new CompletableFuture<>());
  }

  /**
   * As {@link #runUntilStopped(Runnable, String)}, but also returns when {@code stoppedByItself}
   * completes with the reason the service stopped working on its own: it is closed, the reason is
   * printed on one line, and the exit status is {@link ExitCode#SOFTWARE}, so a supervisor such as
   * Kubernetes restarts the process instead of keeping one that does nothing.
   */
  final int runUntilStopped(Runnable close, String banner, CompletionStage<String> stoppedByItself)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicReference<String> failure = new AtomicReference<>();
    Thread hook =
        new Thread(
            () -> {
              close.run();
              stopped.countDown();
            },
            name + "-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    stoppedByItself.thenAccept(
        reason -> {
          failure.set(reason);
          stopped.countDown();
        });
    spec.commandLine().getOut().println("responder " + name + ": " + banner);
    stopped.await();
    String reason = failure.get();
    if (reason == null) {
      return ExitCode.OK;
    }
    closeUnlessShuttingDown(hook, close);
    spec.commandLine().getErr().println("responder " + name + ": stopped: " + reason);
    return ExitCode.SOFTWARE;
  }

  private static void closeUnlessShuttingDown(Thread hook, Runnable close) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shutdownInProgress) {
      return; // the hook closes the service
    }
    close.run();
  }
}
