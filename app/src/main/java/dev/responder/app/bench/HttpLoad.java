package dev.responder.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The one load client every HTTP target gets: {@code concurrency} threads, each sending one request
 * at a time on the JDK's HTTP/1.1 client and timing it, bounded by a request count and a deadline.
 * A closed loop measures the most a target takes; a paced loop sends at a fixed rate.
 */
final class HttpLoad {

  /** Where to send and how to write the alerts for it. */
  record Target(
      String name, URI uri, String bearerToken, Function<List<BenchAlert>, byte[]> body) {}

  /** What one load achieved; failed counts non-2xx answers and errors. */
  record Result(
      long requests,
      long alerts,
      long failed,
      double seconds,
      Latencies latencies,
      Map<String, Long> outcomes) {

    double alertsPerSecond() {
      return seconds > 0 ? alerts / seconds : Double.NaN;
    }
  }

  /** Told of each accepted request: its alerts and {@link System#nanoTime()} of the answer. */
  interface Answered {
    void accepted(List<BenchAlert> alerts, long answeredAtNanos);
  }

  private final HttpClient client;

  HttpLoad() {
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** As fast as the target answers: each thread sends its next request once answered. */
  Result closedLoop(
      Target target,
      int concurrency,
      long maxRequests,
      Duration maxTime,
      LongFunction<List<BenchAlert>> batchOf) {
    return run(target, concurrency, maxRequests, maxTime, batchOf, 0, (alerts, at) -> {});
  }

  /**
   * Request {@code i} is sent at {@code i * interval} after the start (or as soon as a thread is
   * free, when the target falls behind), until {@code duration} is over.
   */
  Result paced(
      Target target,
      int concurrency,
      Duration interval,
      Duration duration,
      LongFunction<List<BenchAlert>> batchOf,
      Answered answered) {
    long requests = Math.max(1, duration.toNanos() / interval.toNanos());
    Duration deadline = duration.plusSeconds(30);
    return run(target, concurrency, requests, deadline, batchOf, interval.toNanos(), answered);
  }

  private Result run(
      Target target,
      int concurrency,
      long maxRequests,
      Duration maxTime,
      LongFunction<List<BenchAlert>> batchOf,
      long intervalNanos,
      Answered answered) {
    AtomicLong next = new AtomicLong();
    AtomicLong alerts = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    Map<String, Long> outcomes = new ConcurrentHashMap<>();
    List<LatencyLog> logs = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = start + maxTime.toNanos();
    for (int t = 0; t < concurrency; t++) {
      LatencyLog log = new LatencyLog();
      logs.add(log);
      Thread thread =
          new Thread(
              () -> {
                long i;
                while ((i = next.getAndIncrement()) < maxRequests && System.nanoTime() < deadline) {
                  long due = start + i * intervalNanos;
                  long wait = due - System.nanoTime();
                  if (wait > 0) {
                    LockSupport.parkNanos(wait);
                  }
                  List<BenchAlert> batch = batchOf.apply(i);
                  String outcome = send(target, batch, log, answered);
                  outcomes.merge(outcome, 1L, Long::sum);
                  if (outcome.startsWith("2")) {
                    alerts.addAndGet(batch.size());
                  } else {
                    failed.incrementAndGet();
                  }
                }
              },
              "bench-load-" + t);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the load ran", e);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Latencies latencies = LatencyLog.merge(logs);
    return new Result(
        latencies.count(), alerts.get(), failed.get(), seconds, latencies, new TreeMap<>(outcomes));
  }

  private String send(Target target, List<BenchAlert> batch, LatencyLog log, Answered answered) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target.uri())
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(target.body().apply(batch)));
    if (target.bearerToken() != null) {
      request.header("Authorization", "Bearer " + target.bearerToken());
    }
    long sent = System.nanoTime();
    try {
      HttpResponse<Void> response =
          client.send(request.build(), HttpResponse.BodyHandlers.discarding());
      long answeredAt = System.nanoTime();
      log.add(answeredAt - sent);
      int status = response.statusCode();
      if (status / 100 == 2) {
        answered.accepted(batch, answeredAt);
      }
      return Integer.toString(status);
    } catch (java.io.IOException e) {
      log.add(System.nanoTime() - sent);
      return e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
