package dev.responder.app.bench;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.domain.Disposition;
import dev.responder.correlator.topology.CorrelatorTopology;
import dev.responder.correlator.topology.Dispositions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The two applications a drain compares, built in this JVM on the same broker and records: the
 * correlator's own topology with its own Streams configuration (only the processing guarantee may
 * be changed), and the baseline, a plain exactly-once passthrough. This is the one class that knows
 * how the correlator's topology is assembled (it mirrors {@code CorrelatorService.start}).
 */
final class DrainApplications {

  private DrainApplications() {}

  /**
   * The correlator on {@code topics}, progress counted as alerts given a disposition (each input
   * alert gets exactly one).
   */
  static StreamsUnderTest correlator(
      String bootstrap,
      String applicationId,
      Path stateDir,
      Path catalogFile,
      DrainTopics topics,
      String guarantee) {
    CorrelatorConfig config =
        CorrelatorConfig.fromMap(
            Map.of(
                CorrelatorConfig.BOOTSTRAP,
                bootstrap,
                CorrelatorConfig.APPLICATION_ID,
                applicationId,
                CorrelatorConfig.STATE_DIR,
                stateDir.toString(),
                CorrelatorConfig.CATALOG,
                catalogFile.toString(),
                CorrelatorConfig.HTTP_PORT,
                "0"));
    CatalogPorts catalog = CatalogPorts.load(config.catalogFile());
    Dispositions dispositions = new Dispositions(new SimpleMeterRegistry());
    Properties properties =
        CorrelatorTopology.streamsProperties(config, topics.correlator(), dispositions);
    properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
    KafkaStreams streams =
        new KafkaStreams(
            CorrelatorTopology.buildTopology(
                topics.correlator(),
                catalog.classifier(),
                catalog.policy(),
                catalog.severityRules(),
                catalog.inhibitRules(),
                config,
                dispositions),
            properties);
    return new StreamsUnderTest(
        streams, () -> Arrays.stream(Disposition.values()).mapToLong(dispositions::count).sum());
  }

  /**
   * The baseline: read each record of the alerts topic and write it, as bytes, to another topic,
   * exactly once, with Streams' defaults otherwise.
   */
  static StreamsUnderTest passthrough(
      String bootstrap, String applicationId, Path stateDir, DrainTopics topics) {
    AtomicLong processed = new AtomicLong();
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(
            topics.correlator().alerts().name(),
            Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
        .peek((key, value) -> processed.incrementAndGet())
        .to(topics.passthroughOutput(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    return new StreamsUnderTest(new KafkaStreams(builder.build(), properties), processed::get);
  }
}
