package dev.responder.app.bench;

import java.time.Duration;
import java.util.List;

/**
 * The sizes of one run. {@code --quick} picks small ones so {@code bench all --quick} ends within
 * five minutes on two cores; every size can be set on its own.
 *
 * @param runId a short id that makes this run's topics, groups and alerts its own
 * @param concurrency connections (threads) of the HTTP load client
 * @param cellTime how long each ingest or Alertmanager load runs (after its warm-up)
 * @param cellAlerts at most this many alerts per load
 * @param warmUp repeated-alert load sent to each target before it is measured
 * @param batches alerts per request of the ingest-vs-Alertmanager loads
 * @param producerRecords at most this many records for Kafka's producer ceiling
 * @param drainAlerts alerts in each correlator drain scenario
 * @param drainCap how long a drain may run before its rate is taken over what it did
 * @param rates the end-to-end fixed rates, alerts per second
 * @param e2eTime how long each end-to-end rate is sent
 * @param e2eWait how long after sending to wait for the last incident events
 * @param e2eBatch alerts per webhook in the end-to-end load
 */
public record BenchSettings(
    String runId,
    int concurrency,
    Duration cellTime,
    long cellAlerts,
    Duration warmUp,
    List<Integer> batches,
    long producerRecords,
    long drainAlerts,
    Duration drainCap,
    List<Integer> rates,
    Duration e2eTime,
    Duration e2eWait,
    int e2eBatch,
    boolean quick) {

  public BenchSettings {
    batches = List.copyOf(batches);
    rates = List.copyOf(rates);
  }

  /** The defaults: {@code quick} for the five-minute run, otherwise a run of about half an hour. */
  public static BenchSettings defaults(boolean quick, String runId) {
    return quick
        ? new BenchSettings(
            runId,
            16,
            Duration.ofSeconds(2),
            1_000_000,
            Duration.ofMillis(500),
            List.of(1, 64, 256),
            300_000,
            5_000,
            Duration.ofSeconds(5),
            List.of(1_000, 5_000),
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            16,
            true)
        : new BenchSettings(
            runId,
            16,
            Duration.ofSeconds(10),
            5_000_000,
            Duration.ofSeconds(2),
            List.of(1, 64, 256),
            2_000_000,
            100_000,
            Duration.ofSeconds(120),
            List.of(1_000, 5_000),
            Duration.ofSeconds(30),
            Duration.ofSeconds(60),
            16,
            false);
  }
}
