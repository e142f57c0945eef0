package dev.responder.app.bench;

import dev.responder.app.local.LocalLogging;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code responder bench [SUITE...]}: starts what each suite needs on loopback (the sandbox's Kafka
 * broker, {@code responder ingest} and {@code responder correlator} as JVMs of their own, Debian's
 * Alertmanager 0.25), measures each figure beside its baseline in the same run, prints the table
 * and writes it as JSON and Markdown under {@code bench/results/}. Exit status 1 when a suite
 * failed (the others still ran and were written).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Benchmarks, each figure beside a baseline measured in the same run, with the ratio.",
      "Suites: ingest (vs Alertmanager 0.25 and Kafka's producer ceiling), correlator (drain vs"
          + " an exactly-once passthrough; state per incident and alert), e2e (fixed rates,"
          + " webhook -> incident event; RSS), jmh (hot-path microbenchmarks), all"
          + " (ingest, correlator, e2e, jmh).",
      "Results: bench/results/bench-<time>.{json,md} and latest.{json,md}. See docs/benchmarks.md."
    })
public final class BenchCommand implements Callable<Integer> {

  /** The parts of the harness; {@code all} is every one. */
  enum Suite {
    ALL,
    INGEST,
    CORRELATOR,
    E2E,
    JMH
  }

  @Parameters(
      paramLabel = "SUITE",
      arity = "0..*",
      description = "all (default), ingest, correlator, e2e, jmh")
  List<Suite> suites = new ArrayList<>();

  @Option(
      names = "--quick",
      description = "Small sizes: `bench all --quick` ends within 5 minutes.")
  boolean quick;

  @Option(
      names = "--alerts",
      paramLabel = "N",
      description = "Alerts in each correlator drain scenario (quick 5000, else 100000).")
  Long drainAlerts;

  @Option(
      names = "--drain-cap",
      paramLabel = "SECONDS",
      description = "Longest a drain runs before its rate is taken (quick 5, else 120).")
  Integer drainCapSeconds;

  @Option(
      names = "--load-seconds",
      paramLabel = "SECONDS",
      description = "Length of each ingest or Alertmanager load (quick 2, else 10).")
  Integer loadSeconds;

  @Option(
      names = "--load-alerts",
      paramLabel = "N",
      description = "At most N alerts per ingest or Alertmanager load.")
  Long loadAlerts;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      description = "Connections of the HTTP load client (16).")
  Integer concurrency;

  @Option(
      names = "--batches",
      paramLabel = "N",
      split = ",",
      description = "Alerts per request for ingest vs Alertmanager (1,64,256).")
  List<Integer> batches;

  @Option(
      names = "--rates",
      paramLabel = "N",
      split = ",",
      description = "End-to-end fixed rates in alerts/s (1000,5000).")
  List<Integer> rates;

  @Option(
      names = "--e2e-seconds",
      paramLabel = "SECONDS",
      description = "How long each end-to-end rate is sent (quick 5, else 30).")
  Integer e2eSeconds;

  @Option(
      names = "--e2e-wait",
      paramLabel = "SECONDS",
      description = "How long to wait for the last incident events (quick 10, else 60).")
  Integer e2eWaitSeconds;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where results are written (bench/results of the repository).")
  Path outDirectory;

  @Option(
      names = "--keep",
      description = "Keep the work directory (logs of every process) after the run.")
  boolean keep;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    LocalLogging.warningsOnly(); // the table, not the clients' start-up advice
    Set<Suite> selected = selected();
    BenchSettings settings = settings();
    PrintWriter out = spec.commandLine().getOut();
    Path root = Path.of(System.getProperty("responder.root", ".")).toAbsolutePath().normalize();
    Instant started = Instant.now();
    String stamp =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC)
            .format(started);
    BenchReport report = new BenchReport(commandLine(), Machine.describe(), stamp);
    Progress progress = new Progress(out);
    Path work = Files.createTempDirectory("responder-bench-");
    progress.say(
        "responder bench " + selected + (quick ? " --quick" : "") + "; work directory " + work);
    boolean failed = false;
    try {
      BenchSuites runner =
          new BenchSuites(settings, report, work, root.resolve("runbooks/crm.yaml"), progress);
      if (selected.contains(Suite.INGEST) || selected.contains(Suite.CORRELATOR)) {
        failed |=
            !runner.onOneBroker(
                selected.contains(Suite.INGEST), selected.contains(Suite.CORRELATOR));
      }
      if (selected.contains(Suite.E2E)) {
        failed |= !runner.endToEnd();
      }
      if (selected.contains(Suite.JMH)) {
        failed |= !runner.jmh(root);
      }
    } finally {
      report.finished(progress.seconds());
      if (!keep) {
        deleteQuietly(work);
      }
    }
    Path results = outDirectory != null ? outDirectory : root.resolve("bench/results");
    Path written = report.write(results, stamp + (quick ? "-quick" : ""));
    out.println();
    report.printTable(out);
    progress.say("written " + written + " (and latest.md, latest.json beside it)");
    return failed ? 1 : 0;
  }

  private Set<Suite> selected() {
    if (suites.isEmpty() || suites.contains(Suite.ALL)) {
      return EnumSet.of(Suite.INGEST, Suite.CORRELATOR, Suite.E2E, Suite.JMH);
    }
    return EnumSet.copyOf(suites);
  }

  BenchSettings settings() {
    BenchSettings d = BenchSettings.defaults(quick, UUID.randomUUID().toString().substring(0, 8));
    return new BenchSettings(
        d.runId(),
        concurrency != null ? concurrency : d.concurrency(),
        loadSeconds != null ? Duration.ofSeconds(loadSeconds) : d.cellTime(),
        loadAlerts != null ? loadAlerts : d.cellAlerts(),
        d.warmUp(),
        batches != null ? batches : d.batches(),
        d.producerRecords(),
        drainAlerts != null ? drainAlerts : d.drainAlerts(),
        drainCapSeconds != null ? Duration.ofSeconds(drainCapSeconds) : d.drainCap(),
        rates != null ? rates : d.rates(),
        e2eSeconds != null ? Duration.ofSeconds(e2eSeconds) : d.e2eTime(),
        e2eWaitSeconds != null ? Duration.ofSeconds(e2eWaitSeconds) : d.e2eWait(),
        d.e2eBatch(),
        quick);
  }

  private String commandLine() {
    return "./responder " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is not worth failing the run for
    }
  }
}
