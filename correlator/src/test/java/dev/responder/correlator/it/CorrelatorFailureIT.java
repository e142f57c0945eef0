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
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The correlator failing on the real broker: a start that cannot bind its port leaves nothing
 * running, and Streams stopping by itself (a missing input topic) fails {@code /livez} and says
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
   * An input topic that does not exist (an operator forgot to create it, the broker refuses to
   * create topics on demand): Streams cannot assign the subtopology and stops the client. (A
   * tombstone on the alerts topic used to be the trigger here; it is dead-lettered now.)
   */
  @Test
  void shouldFailLivenessAndSayWhyWhenStreamsStopsByItself(KafkaBroker kafka) throws Exception {
    String run = "missing-input-it-" + UUID.randomUUID();
    CorrelatorTopics created = RunTopics.inputs(run);
    RunTopics.create(kafka.clientProperties(), created);
    CorrelatorTopics topics = RunTopics.withUncreatedCommands(created, run);

    try (CorrelatorService service = start(config(kafka, run, 0), topics)) {
      String reason = service.stoppedByItself().toCompletableFuture().get(60, TimeUnit.SECONDS);

      assertThat(reason)
          .startsWith("Kafka Streams stopped (ERROR): ")
          // Streams' own log names the missing topics; the one-line reason names the kind
          .contains("MissingSourceTopicException")
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
        config,
        topics,
        catalog.classifier(),
        catalog.policy(),
        catalog.severityRules(),
        catalog.inhibitRules());
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
