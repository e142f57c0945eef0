package dev.responder.sandbox.crm;

import java.time.Duration;
import java.util.Map;

/**
 * The simulator's knobs, built from environment-style entries by {@link #fromMap}.
 *
 * @param workerRate events per second each processing {@code crm-worker} pod takes off the queue
 * @param tick how often the worker and the CRM's background jobs run
 * @param seed seeds the generated pod names, so a test sees the same names every run
 * @param logLinesPerPod how many log lines each simulated pod keeps
 */
public record SimulatorSettings(double workerRate, Duration tick, long seed, int logLinesPerPod) {

  public static final String WORKER_RATE = "RESPONDER_SIMULATOR_WORKER_RATE";
  public static final String TICK_MS = "RESPONDER_SIMULATOR_TICK_MS";
  public static final String SEED = "RESPONDER_SIMULATOR_SEED";
  public static final String LOG_LINES = "RESPONDER_SIMULATOR_LOG_LINES";

  /** Defaults: 25 events/s per worker pod, 200 ms ticks, seed 1, 1000 log lines per pod. */
  public static final SimulatorSettings DEFAULTS =
      new SimulatorSettings(25, Duration.ofMillis(200), 1, 1000);

  public SimulatorSettings {
    if (!(workerRate > 0) || workerRate > 1_000_000) {
      throw new IllegalArgumentException(
          WORKER_RATE + " must be more than 0 and at most 1000000 events/s, was " + workerRate);
    }
    if (tick.toMillis() < 10 || tick.toMillis() > 10_000) {
      throw new IllegalArgumentException(
          TICK_MS + " must be from 10 to 10000 ms, was " + tick.toMillis());
    }
    if (logLinesPerPod < 1 || logLinesPerPod > 100_000) {
      throw new IllegalArgumentException(
          LOG_LINES + " must be from 1 to 100000, was " + logLinesPerPod);
    }
  }

  /** Reads the settings; absent entries take the {@link #DEFAULTS}, unknown entries are ignored. */
  public static SimulatorSettings fromMap(Map<String, String> values) {
    return new SimulatorSettings(
        number(values, WORKER_RATE, DEFAULTS.workerRate()),
        Duration.ofMillis(whole(values, TICK_MS, DEFAULTS.tick().toMillis())),
        whole(values, SEED, DEFAULTS.seed()),
        (int) Math.min(Integer.MAX_VALUE, whole(values, LOG_LINES, DEFAULTS.logLinesPerPod())));
  }

  private static long whole(Map<String, String> values, String key, long fallback) {
    String value = values.get(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, was '" + value + "'", e);
    }
  }

  private static double number(Map<String, String> values, String key, double fallback) {
    String value = values.get(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, was '" + value + "'", e);
    }
  }
}
