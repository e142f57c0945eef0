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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The correlator failing on the real broker: a start that cannot bind its port leaves nothing
 * running.
 */
@ExtendWith(SandboxExtension.class)
class CorrelatorFailureIT {

  private static final Path CATALOG = Path.of("..", "runbooks", "crm.yaml");

  @TempDir Path stateDir;

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

  private static List<String> threadsNamedAfter(String applicationId) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.contains(applicationId))
        .toList();
  }
}
