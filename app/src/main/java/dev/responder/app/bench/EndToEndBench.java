package dev.responder.app.bench;

import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.serde.ResponderSerdes;
import dev.responder.schemas.topics.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * End to end at a fixed rate: webhooks paced at N alerts per second into {@code responder ingest},
 * and for each accepted alert the time from ingest's answer to the first incident event that names
 * it as its cause, read (read_committed) from {@code responder.incident-events.v1} by the
 * correlator the harness started ({@code responder correlator}, a JVM of its own). Alerts come in
 * groups of ten: one opens an incident, nine join it. Also the services' resident memory at that
 * rate.
 */
final class EndToEndBench {

  private static final int GROUP_SIZE = 10;

  private final BenchSettings settings;
  private final BenchReport report;

  EndToEndBench(BenchSettings settings, BenchReport report) {
    this.settings = settings;
    this.report = report;
  }

  /**
   * One fixed rate against a fresh broker, ingest and correlator (so no rate queues behind
   * another).
   */
  void run(
      int rate,
      String bootstrap,
      Services.Running ingest,
      String token,
      Services.Running correlator,
      long brokerPid,
      Progress progress)
      throws Exception {
    Map<String, Long> answeredAt = new ConcurrentHashMap<>();
    Map<String, Long> eventAt = new ConcurrentHashMap<>();
    AtomicBoolean stop = new AtomicBoolean();
    Thread reader = new Thread(() -> readEvents(bootstrap, eventAt, stop), "bench-e2e-events");
    reader.start();
    try {
      int batch = settings.e2eBatch();
      Duration interval = Duration.ofNanos(1_000_000_000L * batch / rate);
      HttpLoad.Target target =
          new HttpLoad.Target(
              "ingest", ingest.base().resolve("/v1/alertmanager"), token, Payloads::webhook);
      HttpLoad.Result sent =
          new HttpLoad()
              .paced(
                  target,
                  settings.concurrency(),
                  interval,
                  settings.e2eTime(),
                  alerts(rate, batch),
                  (alerts, at) -> alerts.forEach(a -> answeredAt.put(a.fingerprint(), at)));
      double ingestRss = ingest.rssMiB();
      double correlatorRss = correlator.rssMiB();
      double brokerRss = ProcessMemory.rssMiB(brokerPid);
      progress.say(
          String.format(
              "end to end at %,d alerts/s: %,d alerts accepted in %.1f s (%s); waiting up to %d s for their incident events",
              rate,
              sent.alerts(),
              sent.seconds(),
              sent.outcomes(),
              settings.e2eWait().toSeconds()));
      long waitUntil = System.nanoTime() + settings.e2eWait().toNanos();
      while (System.nanoTime() < waitUntil && !eventAt.keySet().containsAll(answeredAt.keySet())) {
        Thread.sleep(100);
      }
      record(rate, sent, answeredAt, eventAt, ingestRss, correlatorRss, brokerRss);
    } finally {
      stop.set(true);
      reader.join(10_000);
    }
  }

  private void record(
      int rate,
      HttpLoad.Result sent,
      Map<String, Long> answeredAt,
      Map<String, Long> eventAt,
      double ingestRss,
      double correlatorRss,
      double brokerRss) {
    List<Long> latencies = new ArrayList<>();
    long missing = 0;
    for (Map.Entry<String, Long> answer : answeredAt.entrySet()) {
      Long event = eventAt.get(answer.getKey());
      if (event == null) {
        missing++;
      } else {
        latencies.add(Math.max(0, event - answer.getValue()));
      }
    }
    long total = answeredAt.size();
    // An alert without its event within the wait is slower than any measured one: a percentile
    // that falls among those is unknown (shown as "-"), not the best of the rest.
    Latencies measured = Latencies.of(latencies.stream().mapToLong(Long::longValue).toArray());
    String name = String.format("webhook answer -> incident event at %,d alerts/s", rate);
    String note =
        String.format(
            "%,d of %,d accepted alerts had their incident event within %d s after the load (%.1f s at %,.0f alerts/s achieved, webhooks of %d)",
            total - missing,
            total,
            settings.e2eWait().toSeconds(),
            sent.seconds(),
            sent.alertsPerSecond(),
            settings.e2eBatch());
    report.add(
        new Figure(
            "e2e",
            String.format(
                "alerts with their incident event within %d s, at %,d alerts/s",
                settings.e2eWait().toSeconds(), rate),
            total - missing,
            "alerts",
            "alerts ingest accepted",
            total,
            note));
    report.add(
        Figure.alone("e2e", name + ", p50", percentile(measured, 50, missing, total), "ms", ""));
    report.add(
        Figure.alone("e2e", name + ", p99", percentile(measured, 99, missing, total), "ms", ""));
    report.add(
        Figure.alone(
            "e2e",
            name + ", max",
            missing > 0 ? Double.NaN : measured.maxMillis(),
            "ms",
            missing > 0 ? missing + " alerts without an event" : ""));
    report.add(
        Figure.alone(
            "e2e",
            String.format("webhook answer p99 at %,d alerts/s", rate),
            sent.latencies().p99Millis(),
            "ms",
            "per request of " + settings.e2eBatch() + " alerts"));
    report.add(
        Figure.alone(
            "cost",
            String.format("ingest RSS at %,d alerts/s", rate),
            ingestRss,
            "MiB",
            "responder ingest, JVM defaults"));
    report.add(
        Figure.alone(
            "cost",
            String.format("correlator RSS at %,d alerts/s", rate),
            correlatorRss,
            "MiB",
            "responder correlator, JVM defaults"));
    report.add(
        Figure.alone(
            "cost",
            String.format("Kafka broker RSS at %,d alerts/s", rate),
            brokerRss,
            "MiB",
            "the sandbox's broker"));
  }

  /** The percentile over all accepted alerts, or NaN when it falls among those never answered. */
  static double percentile(Latencies measured, double p, long missing, long total) {
    if (total == 0) {
      return Double.NaN;
    }
    double rank = Math.ceil(p / 100.0 * total);
    if (rank > total - missing) {
      return Double.NaN;
    }
    return measured.percentileMillis(100.0 * rank / (total - missing));
  }

  private LongFunction<List<BenchAlert>> alerts(int rate, int batch) {
    Instant startsAt = Instant.now();
    String run = settings.runId() + "-" + rate;
    return i -> {
      List<BenchAlert> alerts = new ArrayList<>(batch);
      for (int a = 0; a < batch; a++) {
        long n = i * batch + a;
        alerts.add(
            BenchAlert.of(
                String.format("BenchE2E%s%07d", run.replace("-", ""), n / GROUP_SIZE),
                "crm",
                "crm-bench",
                "instance-" + n,
                startsAt));
      }
      return alerts;
    };
  }

  private static void readEvents(String bootstrap, Map<String, Long> eventAt, AtomicBoolean stop) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
            50);
    try (KafkaConsumer<String, IncidentEvent> consumer =
        new KafkaConsumer<>(
            config, new StringDeserializer(), ResponderSerdes.incidentEvent().deserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (int p = 0; p < Topics.INCIDENT_EVENTS.partitions(); p++) {
        partitions.add(new TopicPartition(Topics.INCIDENT_EVENTS.name(), p));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (!stop.get()) {
        for (ConsumerRecord<String, IncidentEvent> record : consumer.poll(Duration.ofMillis(50))) {
          long now = System.nanoTime();
          if (record.value() != null && record.value().getCause().getAlertFingerprint() != null) {
            eventAt.putIfAbsent(record.value().getCause().getAlertFingerprint().toString(), now);
          }
        }
      }
    }
  }
}
