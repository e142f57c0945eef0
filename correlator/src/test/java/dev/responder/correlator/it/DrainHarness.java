package dev.responder.correlator.it;

import static org.awaitility.Awaitility.await;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.domain.Disposition;
import dev.responder.correlator.testing.Alerts;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.correlator.topology.CorrelatorTopology;
import dev.responder.correlator.topology.Dispositions;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.Sandbox;
import dev.responder.schemas.avro.Alert;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * A measuring harness, not a test: writes N alerts in G groups of one scope (one group: the
 * event-processing-lag runbook; more: unclassified, grouped by alertname) to a fresh alerts topic
 * on the sandbox broker, then runs the correlator's real topology (shipped catalog, exactly-once,
 * RocksDB) over them and prints how fast the first and the last 10% got their disposition. Run with
 * the test classpath, e.g. {@code java -cp ... dev.responder.correlator.it.DrainHarness 100000 1
 * [streams.key=value ...]}.
 */
public final class DrainHarness {

  private DrainHarness() {}

  public static void main(String[] args) throws Exception {
    int alerts = Integer.parseInt(args[0]);
    int groups = Integer.parseInt(args[1]);
    Map<String, String> overrides = new HashMap<>();
    Arrays.stream(args)
        .skip(2)
        .forEach(
            kv ->
                overrides.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1)));
    KafkaBroker kafka = Sandbox.shared().kafka();
    String prefix = "drain-" + UUID.randomUUID().toString().substring(0, 8);
    CorrelatorTopics topics = RunTopics.inputs(prefix);
    RunTopics.create(kafka.clientProperties(), topics);
    produce(kafka, topics, alerts, groups);
    Path stateDir = Files.createTempDirectory("drain");
    CorrelatorConfig config =
        CorrelatorConfig.fromMap(
            Map.of(
                CorrelatorConfig.BOOTSTRAP, kafka.bootstrapServers(),
                CorrelatorConfig.APPLICATION_ID, prefix,
                CorrelatorConfig.STATE_DIR, stateDir.toString()));
    Dispositions dispositions = new Dispositions(new SimpleMeterRegistry());
    Properties props = CorrelatorTopology.streamsProperties(config, topics, dispositions);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    overrides.forEach(props::put);
    CatalogPorts catalog = CatalogPorts.load(Path.of("..", "runbooks", "crm.yaml"));
    long[] at = new long[11];
    try (KafkaStreams streams =
        new KafkaStreams(
            CorrelatorTopology.buildTopology(
                topics,
                catalog.classifier(),
                catalog.policy(),
                catalog.severityRules(),
                catalog.inhibitRules(),
                config,
                dispositions),
            props)) {
      streams.start();
      // The clock starts at the first disposition: start-up and the first rebalance are not drain.
      await()
          .forever()
          .pollInterval(Duration.ofMillis(5))
          .until(() -> dispositionsSoFar(dispositions) > 0);
      long start = System.nanoTime();
      int[] decile = {0};
      await()
          .forever()
          .pollInterval(Duration.ofMillis(20))
          .until(
              () -> {
                long done = dispositionsSoFar(dispositions);
                while (decile[0] < 10 && done >= (long) alerts * (decile[0] + 1) / 10) {
                  at[++decile[0]] = System.nanoTime() - start;
                }
                return decile[0] == 10;
              });
      double first = alerts / 10.0 / (at[1] / 1e9);
      double last = alerts / 10.0 / ((at[10] - at[9]) / 1e9);
      System.out.printf(
          "alerts=%d groups=%d overrides=%s total=%.1fs first10%%=%.0f/s last10%%=%.0f/s"
              + " overall=%.0f/s dispositions opened=%d joined=%d%n",
          alerts,
          groups,
          overrides,
          at[10] / 1e9,
          first,
          last,
          alerts / (at[10] / 1e9),
          dispositions.count(Disposition.OPENED),
          dispositions.count(Disposition.JOINED));
      StringBuilder deciles = new StringBuilder("per decile (alerts/s):");
      for (int d = 1; d <= 10; d++) {
        deciles.append(String.format(" %.0f", alerts / 10.0 / ((at[d] - at[d - 1]) / 1e9)));
      }
      System.out.println("alerts=" + alerts + " " + deciles);
    }
    Sandbox.shared().close();
  }

  private static void produce(KafkaBroker kafka, CorrelatorTopics topics, int alerts, int groups) {
    Map<String, Object> props = new HashMap<>(kafka.clientProperties());
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    Instant t0 = Instant.now().minusSeconds(600);
    try (KafkaProducer<String, Alert> producer =
        new KafkaProducer<>(props, new StringSerializer(), topics.alerts().values().serializer())) {
      for (int n = 0; n < alerts; n++) {
        Map<String, String> labels =
            Map.of(
                "alertname",
                groups == 1 ? "CrmEventProcessingLag" : "StormAlert" + (n % groups),
                "namespace",
                "crm",
                "service",
                "crm-backend",
                "consumer",
                "group-" + (n % groups),
                "pod",
                "crm-worker-" + n);
        Alert alert = Alerts.firing(String.format("fp-%08d", n), t0.plusMillis(n), labels);
        producer.send(new ProducerRecord<>(topics.alerts().name(), alert.getFingerprint(), alert));
      }
      producer.flush();
    }
  }

  private static long dispositionsSoFar(Dispositions dispositions) {
    return Arrays.stream(Disposition.values()).mapToLong(dispositions::count).sum();
  }
}
