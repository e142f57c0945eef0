package dev.responder.app.bench;

import dev.responder.sandbox.support.FreePorts;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Ingest against a real Alertmanager 0.25 taking the same alerts on {@code POST /api/v2/alerts}:
 * the same client and concurrency, batches of 1, 64 and 256, unique alerts (each request new ones)
 * and repeated ones (the same batch again, as Alertmanager re-sends a group). Each Alertmanager
 * load gets a fresh Alertmanager, so no load pays for an earlier one's store.
 */
final class IngestBench {

  static final String ALERTMANAGER_BYTES_PER_ALERT = "Alertmanager RSS per alert held";

  private final BenchSettings settings;
  private final BenchReport report;
  private final Path work;
  private final HttpLoad load = new HttpLoad();
  private double bestIngestRate = Double.NaN;
  private String bestIngestName = "";

  IngestBench(BenchSettings settings, BenchReport report, Path work) {
    this.settings = settings;
    this.report = report;
    this.work = work;
  }

  /** The fastest ingest load of this run (alerts/s), for the producer-ceiling comparison. */
  double bestIngestRate() {
    return bestIngestRate;
  }

  String bestIngestName() {
    return bestIngestName;
  }

  void run(Services.Running ingest, String token, Progress progress) throws Exception {
    HttpLoad.Target ingestTarget =
        new HttpLoad.Target(
            "ingest", ingest.base().resolve("/v1/alertmanager"), token, Payloads::webhook);
    for (int batch : settings.batches()) {
      for (boolean unique : List.of(true, false)) {
        cell(ingestTarget, batch, unique, progress);
      }
    }
  }

  private void cell(HttpLoad.Target ingestTarget, int batch, boolean unique, Progress progress)
      throws Exception {
    String kind = unique ? "unique" : "repeated";
    String cell = String.format("batch %d, %s alerts", batch, kind);
    long requests = Math.max(1, settings.cellAlerts() / batch);
    HttpLoad.Result baseline;
    double rssBefore;
    double rssAfter;
    try (Alertmanager alertmanager =
        Alertmanager.start(work.resolve("alertmanager-" + batch + "-" + kind), FreePorts.next())) {
      HttpLoad.Target target =
          new HttpLoad.Target(
              "alertmanager", alertmanager.alertsApi(), null, Payloads::alertmanagerApi);
      warmUp(target, batch);
      rssBefore = alertmanager.rssMiB();
      baseline =
          load.closedLoop(
              target,
              settings.concurrency(),
              requests,
              settings.cellTime(),
              alerts(batch, unique, "am"));
      rssAfter = alertmanager.rssMiB();
    }
    warmUp(ingestTarget, batch);
    HttpLoad.Result ingest =
        load.closedLoop(
            ingestTarget,
            settings.concurrency(),
            requests,
            settings.cellTime(),
            alerts(batch, unique, "in"));
    progress.say(
        String.format(
            "ingest %s: %,.0f alerts/s (p99 %.1f ms) vs Alertmanager %,.0f alerts/s (p99 %.1f ms)",
            cell,
            ingest.alertsPerSecond(),
            ingest.latencies().p99Millis(),
            baseline.alertsPerSecond(),
            baseline.latencies().p99Millis()));
    String clientNote =
        String.format(
            "%d connections, %.1f s; ingest %s, Alertmanager %s",
            settings.concurrency(),
            settings.cellTime().toMillis() / 1000.0,
            ingest.outcomes(),
            baseline.outcomes());
    report.add(
        new Figure(
            "ingest",
            "ingest " + cell,
            ingest.alertsPerSecond(),
            "alerts/s",
            "Alertmanager 0.25 " + cell,
            baseline.alertsPerSecond(),
            clientNote));
    report.add(
        new Figure(
            "ingest",
            "ingest " + cell + ", p50 per request",
            ingest.latencies().p50Millis(),
            "ms",
            "Alertmanager p50",
            baseline.latencies().p50Millis(),
            ""));
    report.add(
        new Figure(
            "ingest",
            "ingest " + cell + ", p99 per request",
            ingest.latencies().p99Millis(),
            "ms",
            "Alertmanager p99",
            baseline.latencies().p99Millis(),
            ""));
    if (!(ingest.alertsPerSecond() <= bestIngestRate)) {
      bestIngestRate = ingest.alertsPerSecond();
      bestIngestName = "ingest " + cell;
    }
    if (unique
        && batch == settings.batches().get(settings.batches().size() / 2)
        && baseline.alerts() > 0) {
      double bytes = (rssAfter - rssBefore) * 1024 * 1024 / baseline.alerts();
      report.add(
          Figure.alone(
              "cost",
              ALERTMANAGER_BYTES_PER_ALERT,
              bytes,
              "bytes",
              String.format(
                  "RSS %.0f -> %.0f MiB holding %,d unique alerts (%s)",
                  rssBefore, rssAfter, baseline.alerts(), cell)));
    }
  }

  private void warmUp(HttpLoad.Target target, int batch) {
    load.closedLoop(
        target,
        settings.concurrency(),
        Long.MAX_VALUE,
        settings.warmUp(),
        alerts(batch, false, "warm"));
  }

  /** Request {@code i}'s alerts: new ones each time, or the same batch again. */
  private LongFunction<List<BenchAlert>> alerts(int batch, boolean unique, String prefix) {
    Instant startsAt = Instant.now();
    String run = settings.runId() + "-" + prefix + "-" + batch;
    return i -> {
      List<BenchAlert> alerts = new ArrayList<>(batch);
      long first = unique ? i * batch : 0;
      for (int a = 0; a < batch; a++) {
        alerts.add(
            BenchAlert.of("BenchLoad", "crm", "crm-bench", run + "-" + (first + a), startsAt));
      }
      return alerts;
    };
  }
}
