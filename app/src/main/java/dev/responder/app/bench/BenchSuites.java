package dev.responder.app.bench;

import dev.responder.sandbox.kafka.ChildProcessKafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * Runs the suites in the order and on the infrastructure each needs, so a failing suite is noted in
 * the report and the others still run: ingest and the correlator drains share one broker (each
 * drain has topics of its own), each end-to-end rate gets a fresh broker and services.
 */
final class BenchSuites {

  private final BenchSettings settings;
  private final BenchReport report;
  private final Path work;
  private final Path catalog;
  private final Progress progress;

  BenchSuites(
      BenchSettings settings, BenchReport report, Path work, Path catalog, Progress progress) {
    this.settings = settings;
    this.report = report;
    this.work = work;
    this.catalog = catalog;
    this.progress = progress;
  }

  /** Ingest (with the producer ceiling) and/or the correlator drains; false when one failed. */
  boolean onOneBroker(boolean ingest, boolean correlator) {
    progress.say("starting the sandbox's Kafka broker");
    try (ChildProcessKafkaBroker broker = ChildProcessKafkaBroker.startNew()) {
      boolean ok = true;
      if (ingest) {
        ok &= attempt("ingest", () -> ingest(broker.bootstrapServers()));
      }
      if (correlator) {
        ok &=
            attempt(
                "correlator",
                () ->
                    new DrainBench(settings, report, work.resolve("drain"), catalog)
                        .run(broker.bootstrapServers(), progress));
      }
      return ok;
    }
  }

  private void ingest(String bootstrap) throws Exception {
    if (!Alertmanager.installed()) {
      throw new IllegalStateException(
          Alertmanager.BINARY + " is missing: apt-get install prometheus-alertmanager");
    }
    String token = UUID.randomUUID().toString();
    progress.say("starting responder ingest (a JVM of its own)");
    IngestBench bench = new IngestBench(settings, report, work.resolve("ingest"));
    try (Services.Running service = Services.ingest(work.resolve("ingest"), bootstrap, token)) {
      bench.run(service.awaitReady(), token, progress);
    }
    progress.say("Kafka's producer ceiling on the same broker, with the records ingest wrote");
    ProducerCeiling.Result ceiling =
        ProducerCeiling.measure(
            bootstrap,
            settings.runId(),
            settings.producerRecords(),
            settings.cellTime().compareTo(Duration.ofSeconds(5)) < 0
                ? Duration.ofSeconds(5)
                : settings.cellTime());
    report.add(
        new Figure(
            "ingest",
            bench.bestIngestName() + " (the fastest ingest load)",
            bench.bestIngestRate(),
            "alerts/s",
            "KafkaProducer ceiling, acks=all, idempotent, lz4",
            ceiling.perSecond(),
            String.format(
                "%,d records of %.0f bytes (key + value, as ingest wrote them) in %.1f s",
                ceiling.records(), ceiling.averageBytes(), ceiling.seconds())));
  }

  /** Each fixed rate on a fresh broker with its own ingest and correlator. */
  boolean endToEnd() {
    boolean ok = true;
    for (int rate : settings.rates()) {
      ok &= attempt("e2e at " + rate + " alerts/s", () -> endToEnd(rate));
    }
    report.note(
        "The end-to-end figures stop at the incident event: the remediator (webhook -> first"
            + " remediation outcome) needs PostgreSQL, Redis and the Kubernetes API; bench/service-memory.sh"
            + " runs it against local mode's infrastructure, this harness does not yet.");
    return ok;
  }

  private void endToEnd(int rate) throws Exception {
    progress.say(
        "end to end at "
            + rate
            + " alerts/s: a fresh broker, responder ingest and responder correlator");
    Path dir = work.resolve("e2e-" + rate);
    String token = UUID.randomUUID().toString();
    try (ChildProcessKafkaBroker broker = ChildProcessKafkaBroker.startNew();
        Services.Running ingest = Services.ingest(dir, broker.bootstrapServers(), token);
        Services.Running correlator =
            Services.correlator(dir, broker.bootstrapServers(), catalog)) {
      ingest.awaitReady();
      correlator.awaitReady();
      long brokerPid = broker.process().map(ProcessHandle::pid).orElse(-1L);
      new EndToEndBench(settings, report)
          .run(rate, broker.bootstrapServers(), ingest, token, correlator, brokerPid, progress);
    }
  }

  boolean jmh(Path root) {
    return attempt(
        "jmh", () -> new JmhSuite(settings, report, work.resolve("jmh"), progress).run(root));
  }

  private interface Step {
    void run() throws Exception;
  }

  private boolean attempt(String suite, Step step) {
    try {
      step.run();
      return true;
    } catch (Exception | LinkageError e) {
      progress.say("FAILED " + suite + ": " + e);
      report.note("suite " + suite + " failed: " + e);
      return false;
    }
  }
}
