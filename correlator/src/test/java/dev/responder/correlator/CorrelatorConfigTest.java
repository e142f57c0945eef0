package dev.responder.correlator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.correlator.topology.CorrelatorTopology;
import dev.responder.correlator.topology.Dispositions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** The correlator's settings: the names every service shares, standby replicas, renamed keys. */
class CorrelatorConfigTest {

  @Test
  void shouldReadTheBootstrapAndCatalogNamesIngestAndTheRemediatorRead() {
    CorrelatorConfig config =
        CorrelatorConfig.fromMap(
            Map.of(
                "RESPONDER_KAFKA_BOOTSTRAP", "kafka:9092",
                "RESPONDER_CATALOG", "/opt/responder/runbooks/crm.yaml"));

    assertThat(config.bootstrapServers()).isEqualTo("kafka:9092");
    assertThat(config.catalogFile()).isEqualTo(Path.of("/opt/responder/runbooks/crm.yaml"));
  }

  @Test
  void shouldKeepNoStandbyReplicaUnlessAsked() {
    CorrelatorConfig config =
        CorrelatorConfig.fromMap(Map.of("RESPONDER_KAFKA_BOOTSTRAP", "k:9092"));

    assertThat(config.standbyReplicas()).isZero();
  }

  @Test
  void shouldRunStreamsWithTheConfiguredStandbyReplicas() {
    CorrelatorConfig config =
        CorrelatorConfig.fromMap(
            Map.of(
                "RESPONDER_KAFKA_BOOTSTRAP",
                "k:9092",
                "RESPONDER_CORRELATOR_STANDBY_REPLICAS",
                "1"));

    Properties streams =
        CorrelatorTopology.streamsProperties(
            config, CorrelatorTopics.standard(), new Dispositions(new SimpleMeterRegistry()));

    assertThat(streams.get(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG)).isEqualTo(1);
  }

  @Test
  void shouldRefuseANegativeNumberOfStandbyReplicas() {
    assertThatThrownBy(
            () ->
                CorrelatorConfig.fromMap(
                    Map.of(
                        "RESPONDER_KAFKA_BOOTSTRAP",
                        "k:9092",
                        "RESPONDER_CORRELATOR_STANDBY_REPLICAS",
                        "-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RESPONDER_CORRELATOR_STANDBY_REPLICAS must be an integer from 0 to 100, was '-1'");
  }

  @Test
  void shouldRefuseTheCatalogFileNameItReadBeforeRatherThanLoadTheDefaultCatalog() {
    assertThatThrownBy(
            () ->
                CorrelatorConfig.fromMap(
                    Map.of(
                        "RESPONDER_KAFKA_BOOTSTRAP", "k:9092",
                        "RESPONDER_CATALOG_FILE", "/etc/responder/catalog.yaml")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RESPONDER_CATALOG_FILE was renamed RESPONDER_CATALOG: set RESPONDER_CATALOG instead");
  }

  @Test
  void shouldRefuseTheBootstrapServersNameItReadBefore() {
    assertThatThrownBy(
            () ->
                CorrelatorConfig.fromMap(Map.of("RESPONDER_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RESPONDER_KAFKA_BOOTSTRAP_SERVERS was renamed RESPONDER_KAFKA_BOOTSTRAP: set"
                + " RESPONDER_KAFKA_BOOTSTRAP instead");
  }
}
