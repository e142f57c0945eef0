package dev.responder.app.bench;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.avro.AlertStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Correlator drain rate against a plain exactly-once passthrough over the same records: a storm
 * already on the alerts topic, drained by each, for one group, a thousand groups and one group per
 * alert, in one scope and in many; exactly-once against at-least-once for the same topology; the
 * rate over the first and last tenth of each drain; and the state left per incident and alert.
 */
final class DrainBench {

  /** One storm's shape: how its alerts fall into groups (incidents) and scopes. */
  record Scenario(String slug, long groups, boolean manyScopes, boolean alsoAtLeastOnce) {

    String label(long alerts) {
      String groupText = groups == 1 ? "1 group" : String.format("%,d groups", groups);
      return String.format(
          "%,d alerts, %s, %s",
          alerts, groupText, manyScopes ? "one scope per group" : "one scope");
    }
  }

  private static final Duration PASSTHROUGH_CAP = Duration.ofSeconds(60);

  private final BenchSettings settings;
  private final BenchReport report;
  private final Path work;
  private final Path catalog;

  DrainBench(BenchSettings settings, BenchReport report, Path work, Path catalog) {
    this.settings = settings;
    this.report = report;
    this.work = work;
    this.catalog = catalog;
  }

  static List<Scenario> scenarios(long alerts) {
    return List.of(
        new Scenario("one-group", 1, false, false),
        new Scenario("thousand-groups", Math.min(1_000, alerts), false, true),
        new Scenario("group-per-alert", alerts, false, false),
        new Scenario("group-per-alert-many-scopes", alerts, true, false));
  }

  void run(String bootstrap, Progress progress) throws Exception {
    long alerts = settings.drainAlerts();
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      for (Scenario scenario : scenarios(alerts)) {
        progress.say("correlator: " + scenario.label(alerts));
        DrainTopics topics = DrainTopics.named(scenario.slug() + "-" + settings.runId());
        topics.create(admin);
        long producing = System.nanoTime();
        Written storm = produce(bootstrap, topics, scenario, alerts);
        progress.say(
            String.format(
                "  %,d alerts on %s in %.1f s",
                storm.count(),
                topics.correlator().alerts().name(),
                (System.nanoTime() - producing) / 1e9));
        if (storm.count() < alerts) {
          // The broker refused some (a loaded machine): drain what is there, and say so.
          report.note(
              String.format(
                  "%s: only %,d of %,d alerts were written (first error: %s); both drains read those",
                  scenario.label(alerts), storm.count(), alerts, storm.firstError()));
        }
        long written = storm.count();
        double baseline = passthrough(bootstrap, topics, scenario, written, progress);
        correlate(
            admin,
            bootstrap,
            topics,
            scenario,
            written,
            baseline,
            StreamsConfig.EXACTLY_ONCE_V2,
            progress);
        if (scenario.alsoAtLeastOnce()) {
          correlate(
              admin,
              bootstrap,
              topics,
              scenario,
              written,
              baseline,
              StreamsConfig.AT_LEAST_ONCE,
              progress);
        }
      }
    }
  }

  private double passthrough(
      String bootstrap, DrainTopics topics, Scenario scenario, long alerts, Progress progress)
      throws InterruptedException {
    String id = "bench-passthrough-" + scenario.slug() + "-" + settings.runId();
    try (StreamsUnderTest passthrough =
        DrainApplications.passthrough(bootstrap, id, work.resolve("state"), topics)) {
      // The baseline drains everything (it takes seconds), so the correlator's cap does not
      // cut it short when a partition's first fetch comes late on a loaded machine.
      DrainCurve curve = passthrough.drain(alerts, PASSTHROUGH_CAP);
      progress.say(
          String.format("  passthrough: %,d records at %,.0f/s", curve.done(), curve.rate()));
      return curve.rate();
    }
  }

  private void correlate(
      Admin admin,
      String bootstrap,
      DrainTopics topics,
      Scenario scenario,
      long alerts,
      double baseline,
      String guarantee,
      Progress progress)
      throws Exception {
    boolean exactlyOnce = guarantee.equals(StreamsConfig.EXACTLY_ONCE_V2);
    String id =
        "bench-correlator-"
            + scenario.slug()
            + "-"
            + guarantee.replace('_', '-')
            + "-"
            + settings.runId();
    Path stateDir = work.resolve("state");
    DrainCurve curve;
    try (StreamsUnderTest correlator =
        DrainApplications.correlator(bootstrap, id, stateDir, catalog, topics, guarantee)) {
      curve = correlator.drain(alerts, settings.drainCap());
      progress.say(
          "  correlator " + guarantee + ": stopping (Streams finishes the records it polled)");
    }
    long done = curve.done();
    String drained =
        String.format(
            "%,d of %,d alerts drained (cap %d s)", done, alerts, settings.drainCap().toSeconds());
    progress.say(
        String.format(
            "  correlator %s: %s at %,.0f/s; first/last tenth %,.0f/%,.0f per s",
            guarantee, drained, curve.rate(), curve.firstTenthRate(), curve.lastTenthRate()));
    String name = "drain " + scenario.label(alerts) + (exactlyOnce ? "" : ", at_least_once");
    report.add(
        new Figure(
            "correlator",
            name,
            curve.rate(),
            "alerts/s",
            "exactly-once passthrough, same records",
            baseline,
            drained));
    report.add(
        new Figure(
            "correlator",
            "flatness: last 10% vs first 10%, " + name,
            curve.lastTenthRate(),
            "alerts/s",
            "first 10% of the same drain",
            curve.firstTenthRate(),
            ""));
    if (!exactlyOnce) {
      return;
    }
    long incidents = Math.min(scenario.groups(), done);
    long rocksDb = ProcessMemory.directoryBytes(stateDir.resolve(id));
    long changelog = changelogBytes(admin, id);
    String counts =
        String.format(
            "%,d bytes of RocksDB after close, %,d of changelog; %,d incidents, %,d member alerts",
            rocksDb, changelog, incidents, done);
    double amPerAlert = report.alertmanagerBytesPerAlert();
    String amName = Double.isNaN(amPerAlert) ? "" : "Alertmanager RSS per alert held";
    if (scenario.groups() == 1) {
      report.add(
          new Figure(
              "cost",
              "RocksDB bytes per member alert (1 group)",
              per(rocksDb, done),
              "bytes",
              amName,
              amPerAlert,
              counts));
      report.add(
          new Figure(
              "cost",
              "changelog bytes written per member alert (1 group)",
              per(changelog, done),
              "bytes",
              amName,
              amPerAlert,
              counts));
    } else if (scenario.groups() >= alerts && !scenario.manyScopes()) {
      report.add(
          new Figure(
              "cost",
              "RocksDB bytes per open incident (1 alert each)",
              per(rocksDb, incidents),
              "bytes",
              amName,
              amPerAlert,
              counts));
      report.add(
          new Figure(
              "cost",
              "changelog bytes written per open incident (1 alert each)",
              per(changelog, incidents),
              "bytes",
              amName,
              amPerAlert,
              counts));
    }
  }

  private static double per(long bytes, long count) {
    return count == 0 ? Double.NaN : (double) bytes / count;
  }

  /** Bytes on the broker of the application's changelog topics (one broker: its log dirs). */
  private static long changelogBytes(Admin admin, String applicationId) throws Exception {
    Collection<Integer> brokers =
        admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).stream()
            .map(n -> n.id())
            .toList();
    Map<Integer, Map<String, LogDirDescription>> dirs =
        admin.describeLogDirs(brokers).allDescriptions().get(10, TimeUnit.SECONDS);
    return dirs.values().stream()
        .flatMap(byDir -> byDir.values().stream())
        .flatMap(dir -> dir.replicaInfos().entrySet().stream())
        .filter(
            e ->
                e.getKey().topic().startsWith(applicationId)
                    && e.getKey().topic().endsWith("-changelog"))
        .mapToLong(e -> e.getValue().size())
        .sum();
  }

  /** How many alerts of a storm the broker acknowledged, and the first refusal. */
  record Written(long count, String firstError) {}

  private static Written produce(
      String bootstrap, DrainTopics topics, Scenario scenario, long alerts) {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.LINGER_MS_CONFIG,
            20,
            ProducerConfig.BATCH_SIZE_CONFIG,
            256 * 1024,
            ProducerConfig.COMPRESSION_TYPE_CONFIG,
            "lz4");
    Instant now = Instant.now();
    AtomicLong acknowledged = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>("none");
    try (KafkaProducer<String, Alert> producer =
        new KafkaProducer<>(
            config, new StringSerializer(), topics.correlator().alerts().values().serializer())) {
      for (long i = 0; i < alerts; i++) {
        Alert alert = alert(scenario, i, now);
        producer.send(
            new ProducerRecord<>(
                topics.correlator().alerts().name(), alert.getFingerprint(), alert),
            (metadata, error) -> {
              if (error == null) {
                acknowledged.incrementAndGet();
              } else {
                firstError.compareAndSet("none", error.toString());
              }
            });
      }
      producer.flush();
    }
    return new Written(acknowledged.get(), firstError.get());
  }

  /**
   * Alert {@code i} of the storm: group {@code i mod groups}; its own instance, so its own
   * identity.
   */
  static Alert alert(Scenario scenario, long i, Instant now) {
    long group = i % scenario.groups();
    String namespace = scenario.manyScopes() ? String.format("bench-%06d", group) : "crm";
    BenchAlert shape =
        BenchAlert.of(
            String.format("BenchStorm%06d", group), namespace, "crm-bench", "instance-" + i, now);
    return Alert.newBuilder()
        .setFingerprint(shape.fingerprint())
        .setStatus(AlertStatus.FIRING)
        .setSource(AlertSource.ALERTMANAGER)
        .setLabels(Map.copyOf(shape.labels()))
        .setAnnotations(Map.of("summary", "benchmark alert"))
        .setStartsAt(now)
        .setEndsAt(null)
        .setReceivedAt(now)
        .setGeneratorUrl("http://127.0.0.1/graph")
        .setGroupKey("{}:{bench=\"storm\"}")
        .setReceiver("responder")
        .setExternalUrl("http://127.0.0.1:9093")
        .setRequestId("bench-" + i / 64)
        .build();
  }
}
