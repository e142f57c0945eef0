package dev.responder.app.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Local mode without its correlator and remediator, for {@code bench/service-memory.sh}: Kafka,
 * PostgreSQL, Redis, the Kubernetes API, the CRM simulator, the derived catalog and ingest (so
 * {@code responder demo} attaches to it), published in {@code .responder/local/} as {@code
 * responder local} does. The benchmark runs the correlator and the remediator as JVMs of their own,
 * as pods run them; local mode's in-process ones would process every incident a second time, into
 * the same topics, ledger and outbox. It lives in this package, under {@code bench/} and outside
 * every module, because the list of services {@link LocalStack} starts is package-private.
 *
 * <p>Usage: {@code BenchInfrastructure ENV_FILE}; writes {@code KEY=value} lines the script reads,
 * then runs until SIGTERM or SIGINT, when it stops everything in local mode's order.
 */
public final class BenchInfrastructure {

  private BenchInfrastructure() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: BenchInfrastructure ENV_FILE");
      System.exit(2);
    }
    LocalLogging.warningsOnly();
    LocalOptions options = LocalOptions.resolve(null, null, 0, LocalTimings.DEMO);
    LocalDirectory directory = new LocalDirectory(options.root());
    LocalDirectory.Lock lock =
        directory
            .tryLock()
            .orElseThrow(() -> new IllegalStateException(LocalCommand.alreadyRunning(directory)));
    AtomicReference<LocalContext> started = new AtomicReference<>();
    LocalService.Starter ingestOnly =
        context -> {
          started.set(context);
          return LocalIngest.start(context);
        };
    LocalStack stack;
    try {
      stack = LocalStack.start(options, directory, List.of(ingestOnly));
    } catch (Exception e) {
      lock.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runnable stop =
        StopSignals.once(
            () -> {
              try {
                stack.close();
                lock.close();
              } catch (IOException e) {
                System.err.println("bench infrastructure: stopping failed: " + e.getMessage());
              } finally {
                stopped.countDown();
              }
            });
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "bench-infrastructure-shutdown"));
    StopSignals.onStop(stop, 0);
    writeEnvironment(Path.of(args[0]), started.get(), stack, directory);
    stopped.await();
  }

  /** What the script wires the services with, one {@code KEY=value} line each, owner-only. */
  private static void writeEnvironment(
      Path file, LocalContext context, LocalStack stack, LocalDirectory directory)
      throws IOException {
    Endpoints endpoints = stack.endpoints();
    String lines =
        String.join(
            "\n",
            "KAFKA=" + context.kafka().bootstrapServers(),
            "JDBC_URL=" + context.postgres().jdbcUrl(),
            "DB_USER=" + context.postgres().user(),
            "DB_PASSWORD=" + context.postgres().password(),
            "REDIS_URL=" + context.redis().uri(),
            "KUBERNETES_URL=" + context.kubernetes().url(),
            "NOTIFY_WEBHOOK=" + context.simulator().notifyWebhookUrl(),
            "SIMULATOR=" + context.simulator().controlUrl(),
            "CATALOG=" + directory.catalogFile(),
            "LOCAL_INGEST=" + endpoints.ingest(),
            "PID=" + endpoints.pid(),
            "");
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, lines, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
  }
}
