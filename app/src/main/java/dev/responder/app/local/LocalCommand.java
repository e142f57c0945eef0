package dev.responder.app.local;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code responder local}: runs the whole pipeline on loopback until Ctrl-C or SIGTERM, publishing
 * its endpoints in {@code .responder/local/endpoints.json}. A second one on the same repository
 * says which process runs and exits with {@value #ALREADY_RUNNING}.
 */
@Command(
    name = "local",
    description = {
      "Run the whole pipeline on this machine: Kafka, PostgreSQL, Redis, a Kubernetes API, the CRM"
          + " platform simulator and Responder's services, all on loopback, until Ctrl-C.",
      "Endpoints (and the ingest bearer token) are printed and written to"
          + " .responder/local/endpoints.json; the derived catalog to .responder/local/catalog.yaml.",
      "Exit status: 0 after a clean stop, 1 if it could not start, "
          + LocalCommand.ALREADY_RUNNING
          + " if another 'local' runs on this repository."
    })
public final class LocalCommand implements Callable<Integer> {

  /** Exit status when another {@code local} already runs on the same repository. */
  public static final int ALREADY_RUNNING = 4;

  /** The system property the launcher sets to the repository root. */
  public static final String ROOT_PROPERTY = "responder.root";

  @Mixin RepositoryRoot root;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description = "The runbook catalog (default: runbooks/crm.yaml under the root).")
  Path catalog;

  @Option(
      names = "--ingest-port",
      paramLabel = "PORT",
      defaultValue = "0",
      description = "The port ingest listens on (default: any free port).")
  int ingestPort;

  @Option(
      names = "--as-written",
      description =
          "Keep the catalog's own waits; by default the local catalog caps verify.after at 5s,"
              + " idleFor at 1m and retry delays at 5s so the demo runs in minutes.")
  boolean asWritten;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalLogging.quietMockServer();
    LocalOptions options;
    try {
      options = options();
    } catch (IllegalArgumentException e) {
      err.println("responder local: " + e.getMessage());
      return ExitCode.USAGE;
    }
    LocalDirectory directory = new LocalDirectory(options.root());
    Optional<LocalDirectory.Lock> lock = directory.tryLock();
    if (lock.isEmpty()) {
      err.println("responder local: " + alreadyRunning(directory));
      return ALREADY_RUNNING;
    }
    return runUntilStopped(options, directory, lock.get(), out, err);
  }

  private int runUntilStopped(
      LocalOptions options,
      LocalDirectory directory,
      LocalDirectory.Lock lock,
      PrintWriter out,
      PrintWriter err)
      throws Exception {
    long started = System.nanoTime();
    Path log = directory.path().resolve("local.log");
    if (LocalLogging.toFile(log)) {
      out.println("responder local: starting; start-up output and logs go to " + log);
    }
    out.flush();
    LocalStack stack;
    try {
      stack = LocalStack.start(options, directory, LocalServices.ALL, startedLine(out));
    } catch (Exception e) {
      lock.close();
      err.println("responder local: could not start: " + e.getMessage());
      return ExitCode.SOFTWARE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runnable stop =
        StopSignals.once(
            () -> {
              try {
                stack.close();
                lock.close();
              } catch (Exception e) {
                err.println("responder local: stopping failed: " + e.getMessage());
              } finally {
                err.flush();
                stopped.countDown();
              }
            });
    // The hook covers an exit that is not a signal; the signals stop in order before any hook runs.
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "local-shutdown"));
    StopSignals.onStop(stop, ExitCode.OK);
    EndpointsPrinter.print(out, stack, directory, (System.nanoTime() - started) / 1e9);
    stopped.await();
    return ExitCode.OK;
  }

  /** One line per part as it comes up: what, where, how long. */
  static LocalStack.Progress startedLine(PrintWriter out) {
    return (what, where, took) -> {
      out.printf("  %-15s %-45s %5.1f s%n", what, where, took.toMillis() / 1000.0);
      out.flush();
    };
  }

  private LocalOptions options() {
    return LocalOptions.resolve(
        root.root(), catalog, ingestPort, asWritten ? LocalTimings.AS_WRITTEN : LocalTimings.DEMO);
  }

  /** What to tell the user when the lock is taken: which process, and whether it answers. */
  static String alreadyRunning(LocalDirectory directory) {
    Optional<Endpoints> endpoints = directory.readEndpoints();
    if (endpoints.isEmpty()) {
      return "another 'responder local' is starting or running on this repository (it holds "
          + directory.path().resolve("local.lock")
          + "); wait for it, or stop it with Ctrl-C in its terminal.";
    }
    Endpoints running = endpoints.get();
    return "already running (pid "
        + running.pid()
        + ", ingest at "
        + running.ingest()
        + (running.ingestAnswers() ? ", answering" : ", not answering yet")
        + "); its endpoints are in "
        + directory.endpointsFile()
        + ". Stop it with: kill -TERM "
        + running.pid();
  }
}
