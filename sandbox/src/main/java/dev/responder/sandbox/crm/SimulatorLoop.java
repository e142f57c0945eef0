package dev.responder.sandbox.crm;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's clockwork on one daemon thread: the worker every tick, the CRM's background jobs
 * every fifth. A failed round is logged and the next one runs (an uncaught exception would cancel a
 * scheduled task for good).
 */
final class SimulatorLoop implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(SimulatorLoop.class);
  private static final int JOBS_EVERY_TICKS = 5;

  private final ScheduledExecutorService scheduler;
  private final QueueWorker worker;
  private final CrmRecords records;
  private final PlatformState state;
  private long ticks;

  private SimulatorLoop(QueueWorker worker, CrmRecords records, PlatformState state) {
    this.worker = worker;
    this.records = records;
    this.state = state;
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "crm-simulator-loop");
              thread.setDaemon(true);
              return thread;
            });
  }

  static SimulatorLoop start(
      Duration tick, QueueWorker worker, CrmRecords records, PlatformState state) {
    SimulatorLoop loop = new SimulatorLoop(worker, records, state);
    loop.scheduler.scheduleAtFixedRate(
        loop::round, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    return loop;
  }

  private void round() {
    try {
      worker.tick();
      if (++ticks % JOBS_EVERY_TICKS == 0) {
        records.runBackgroundJobs(!state.processingWorkers().isEmpty());
      }
    } catch (Exception e) {
      LOGGER.warn("simulator round failed: {}", e.toString());
    }
  }

  long processedEvents() {
    return worker.processed();
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
