package dev.responder.sandbox.crm;

import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated {@code crm-worker}: each tick it pops from the Redis list {@code crm-events} what
 * its {@link DrainBudget} allows for the processing pods (none while stuck) and logs, per pod,
 * {@code processed N events} as the real worker does. A stuck worker with work waiting logs that it
 * is blocked instead, so its recent log has no "processed" line.
 */
final class QueueWorker {

  /** The Redis list the CRM's producers push to and the worker drains. */
  static final String QUEUE = "crm-events";

  private static final Duration STALL_LOG_INTERVAL = Duration.ofSeconds(5);

  private final RedisCommands<String, String> redis;
  private final PlatformState state;
  private final PodLogBook logs;
  private final Clock clock;
  private final DrainBudget budget;
  private final AtomicLong processed = new AtomicLong();
  private Instant lastTick;
  private Instant lastStallLog = Instant.MIN;

  QueueWorker(
      RedisCommands<String, String> redis,
      PlatformState state,
      PodLogBook logs,
      Clock clock,
      double eventsPerSecondPerPod) {
    this.redis = redis;
    this.state = state;
    this.logs = logs;
    this.clock = clock;
    this.budget = new DrainBudget(eventsPerSecondPerPod);
    this.lastTick = clock.instant();
  }

  /** One round of work; called by the simulator's scheduler. */
  void tick() {
    Instant now = clock.instant();
    Duration elapsed = Duration.between(lastTick, now);
    lastTick = now;
    List<String> pods = state.processingWorkers();
    int due = budget.take(elapsed, pods.size());
    if (state.workerStuck()) {
      logStall(now);
      return;
    }
    if (due == 0) {
      return;
    }
    List<String> taken = redis.rpop(QUEUE, due);
    if (taken == null || taken.isEmpty()) {
      return;
    }
    processed.addAndGet(taken.size());
    share(taken.size(), pods);
  }

  private void share(int events, List<String> pods) {
    int each = events / pods.size();
    int rest = events % pods.size();
    for (int i = 0; i < pods.size(); i++) {
      int mine = each + (i < rest ? 1 : 0);
      if (mine > 0) {
        logs.info(pods.get(i), "processed " + mine + " events from " + QUEUE);
      }
    }
  }

  private void logStall(Instant now) {
    if (Duration.between(lastStallLog, now).compareTo(STALL_LOG_INTERVAL) < 0) {
      return;
    }
    lastStallLog = now;
    long waiting = redis.llen(QUEUE);
    if (waiting == 0) {
      return;
    }
    for (String pod : state.readyPods(PlatformState.WORKER)) {
      logs.warn(
          pod,
          "job loop blocked: waiting for lock 'crm-sync' held by a lost consumer; "
              + waiting
              + " events waiting in "
              + QUEUE);
      logs.error(pod, "job crm-sync failed: lock not acquired");
      logs.raw(
          pod,
          List.of(
              "java.util.concurrent.TimeoutException: lock 'crm-sync' not acquired within 30s",
              "\tat com.crm.worker.SyncLock.acquire(SyncLock.java:57)",
              "\tat com.crm.worker.JobLoop.run(JobLoop.java:112)",
              "Caused by: java.lang.IllegalStateException: lock holder crm-worker-lost is gone",
              "\t... 2 more"));
    }
  }

  /** Events taken off the queue since start. */
  long processed() {
    return processed.get();
  }
}
