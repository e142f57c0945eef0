package dev.responder.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code responder <service>} command shares: the {@code --config} file, overridden by
 * the environment ({@link ServiceSettings}), usage errors that name the command, and keeping the
 * started service in the foreground until the process is stopped (SIGTERM, Ctrl-C), when a shutdown
 * hook closes it.
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
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  close.run();
                  stopped.countDown();
                },
                name + "-shutdown"));
    spec.commandLine().getOut().println("responder " + name + ": " + banner);
    stopped.await();
    return ExitCode.OK;
  }
}
