package dev.responder.bench.jmh;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.correlator.topology.CorrelatorTopology;
import dev.responder.correlator.topology.Dispositions;
import dev.responder.schemas.avro.Alert;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One alert through the correlator's real topology (TopologyTestDriver, RocksDB stores, the catalog
 * of runbooks/crm.yaml): joining a group that holds {@code members} alerts at the start of each
 * iteration (classify, dedup, lifecycle decision, store writes, events), and a duplicate the dedup
 * step drops. Baseline: the same record through a passthrough topology on the same driver. Cost
 * that does not grow with state shows as the same time for every {@code members}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Correlation {

  @Param({"1", "100", "1000"})
  int members;

  private Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Alert> alerts;
  private TestOutputTopic<String, ?> events;
  private TestOutputTopic<String, ?> incidents;
  private TopologyTestDriver passthrough;
  private TestInputTopic<String, Alert> passthroughIn;
  private TestOutputTopic<String, byte[]> passthroughOut;
  private final Instant now = Instant.now();
  private Alert duplicate;
  private long next;

  @Setup(Level.Iteration)
  public void setUp() throws IOException {
    stateDir = Files.createTempDirectory("responder-jmh-");
    CorrelatorTopics topics = CorrelatorTopics.standard();
    CatalogPorts catalog = CatalogPorts.load(SampleAlerts.catalog());
    CorrelatorConfig config =
        CorrelatorConfig.fromMap(
            Map.of(
                CorrelatorConfig.BOOTSTRAP,
                "unused:9092",
                CorrelatorConfig.STATE_DIR,
                stateDir.resolve("correlator").toString()));
    Dispositions dispositions = new Dispositions(new SimpleMeterRegistry());
    driver =
        new TopologyTestDriver(
            CorrelatorTopology.buildTopology(
                topics,
                catalog.classifier(),
                catalog.policy(),
                catalog.severityRules(),
                catalog.inhibitRules(),
                config,
                dispositions),
            CorrelatorTopology.streamsProperties(config, topics, dispositions),
            now);
    alerts =
        driver.createInputTopic(
            topics.alerts().name(),
            topics.alerts().keys().serializer(),
            topics.alerts().values().serializer());
    events =
        driver.createOutputTopic(
            topics.incidentEvents().name(),
            topics.incidentEvents().keys().deserializer(),
            topics.incidentEvents().values().deserializer());
    incidents =
        driver.createOutputTopic(
            topics.incidents().name(),
            topics.incidents().keys().deserializer(),
            topics.incidents().values().deserializer());
    for (next = 0; next < members; next++) {
      pipe(member(next));
    }
    duplicate = member(0);
    passthrough = passthrough(topics, stateDir.resolve("passthrough"));
  }

  private TopologyTestDriver passthrough(CorrelatorTopics topics, Path dir) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("in", Consumed.with(Serdes.String(), topics.alerts().values()))
        .to("out", Produced.with(Serdes.String(), topics.alerts().values()));
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "jmh-passthrough");
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    properties.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
    properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    TopologyTestDriver test = new TopologyTestDriver(builder.build(), properties, now);
    passthroughIn =
        test.createInputTopic(
            "in", Serdes.String().serializer(), topics.alerts().values().serializer());
    passthroughOut =
        test.createOutputTopic(
            "out", Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    return test;
  }

  private Alert member(long i) {
    return SampleAlerts.alert("BenchJmhGroup", "crm", "crm-bench", "instance-" + i, now);
  }

  private void pipe(Alert alert) {
    alerts.pipeInput(alert.getFingerprint(), alert);
    events.readRecordsToList(); // the driver keeps output until read
    incidents.readRecordsToList();
  }

  @Benchmark
  public void joinGroup() {
    pipe(member(next++));
  }

  @Benchmark
  public void duplicateDropped() {
    pipe(duplicate);
  }

  @Benchmark
  public void joinGroupBaseline() {
    Alert alert = member(next++);
    passthroughIn.pipeInput(alert.getFingerprint(), alert);
    passthroughOut.readRecordsToList();
  }

  @TearDown(Level.Iteration)
  public void tearDown() throws IOException {
    driver.close();
    passthrough.close();
    try (Stream<Path> paths = Files.walk(stateDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
