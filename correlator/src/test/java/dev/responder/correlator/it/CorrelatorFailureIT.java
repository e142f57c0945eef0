package dev.responder.correlator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.CorrelatorService;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.junit.SandboxExtension;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The correlator failing on the real broker: a start that cannot bind its port leaves nothing
 * running, and a record that makes the topology throw stops Streams, fails {@code /livez} and says
 * why, so the pod is restarted instead of looking alive while correlating nothing.
 */
@ExtendWith(SandboxExtension.class)
class CorrelatorFailureIT {

  private static final Path CATALOG = Path.of("..", "runbooks", "crm.yaml");

  @TempDir Path stateDir;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldFailToStartOnATakenPortWithoutLeavingStreamsRunning(KafkaBroker kafka)
      throws Exception {
    String applicationId = "port-taken-it-" + UUID.randomUUID();
    try (ServerSocket taken = new ServerSocket(0)) {
      CorrelatorConfig config = config(kafka, applicationId, taken.getLocalPort());

      assertThatThrownBy(() -> start(config, CorrelatorTopics.standard()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("cannot serve /livez, /readyz, /metrics on port " + taken.getLocalPort());
      // Streams names its threads (stream threads, admin client, cleaner) after its client id,
      // which starts with the application id
      assertThat(threadsNamedAfter(applicationId)).isEmpty();
    }
  }

  /**
   * A tombstone on the alerts topic decodes (to null, as Kafka's serdes do) so it is no dead
   * letter, and dedup cannot identify a null alert: a processing error no handler takes. Should the
   * topology learn to drop tombstones, this test needs another such record.
   */
  @Test
  void shouldFailLivenessAndSayWhyWhenARecordMakesTheTopologyThrow(KafkaBroker kafka)
      throws Exception {
    String run = "poison-it-" + UUID.randomUUID();
    CorrelatorTopics topics = RunTopics.inputs(run);
    RunTopics.create(kafka.clientProperties(), topics);
    sendTombstone(kafka, topics.alerts().name());

    try (CorrelatorService service = start(config(kafka, run, 0), topics)) {
      String reason = service.stoppedByItself().toCompletableFuture().get(60, TimeUnit.SECONDS);

      assertThat(reason)
          .startsWith("Kafka Streams stopped (ERROR): ")
          .contains("topic=" + topics.alerts().name())
          .contains("NullPointerException")
          .doesNotContain("\n");
      assertThat(service.state()).isEqualTo(KafkaStreams.State.ERROR);
      HttpResponse<String> livez = get(service, "/livez");
      assertThat(livez.statusCode()).isEqualTo(503);
      assertThat(livez.body()).contains("Kafka Streams is ERROR");
    }
  }

  private CorrelatorService start(CorrelatorConfig config, CorrelatorTopics topics) {
    CatalogPorts catalog = CatalogPorts.load(config.catalogFile());
    return CorrelatorService.start(
        config, topics, catalog.classifier(), catalog.policy(), catalog.severityRules());
  }

  private CorrelatorConfig config(KafkaBroker kafka, String applicationId, int httpPort) {
    return CorrelatorConfig.fromMap(
        Map.of(
            CorrelatorConfig.BOOTSTRAP, kafka.bootstrapServers(),
            CorrelatorConfig.APPLICATION_ID, applicationId,
            CorrelatorConfig.STATE_DIR, stateDir.toString(),
            CorrelatorConfig.HTTP_PORT, String.valueOf(httpPort),
            CorrelatorConfig.CATALOG, CATALOG.toString()));
  }

  private static void sendTombstone(KafkaBroker kafka, String topic) throws Exception {
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            kafka.clientProperties(), new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, "fp-tombstone", null)).get(30, TimeUnit.SECONDS);
    }
  }

  private static List<String> threadsNamedAfter(String applicationId) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.contains(applicationId))
        .toList();
  }

  private HttpResponse<String> get(CorrelatorService service, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
