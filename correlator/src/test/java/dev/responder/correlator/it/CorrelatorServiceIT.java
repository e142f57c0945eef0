package dev.responder.correlator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.CorrelatorService;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.testing.Alerts;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as {@code responder correlator} runs it: the shipped catalog, the catalogue's topics,
 * and its endpoints.
 */
@ExtendWith(SandboxExtension.class)
class CorrelatorServiceIT {

  private static final Path CATALOG = Path.of("..", "runbooks", "crm.yaml");

  @TempDir Path stateDir;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldTurnAnAlertIntoAnIncidentAndReportReadinessAndMetrics(KafkaBroker kafka)
      throws Exception {
    CorrelatorConfig config =
        CorrelatorConfig.fromMap(
            Map.of(
                CorrelatorConfig.BOOTSTRAP, kafka.bootstrapServers(),
                CorrelatorConfig.APPLICATION_ID, "service-it-" + UUID.randomUUID(),
                CorrelatorConfig.STATE_DIR, stateDir.toString(),
                CorrelatorConfig.HTTP_PORT, "0",
                CorrelatorConfig.CATALOG, CATALOG.toString()));
    CatalogPorts catalog = CatalogPorts.load(config.catalogFile());
    CorrelatorTopics topics = CorrelatorTopics.standard();

    try (CorrelatorService service =
            CorrelatorService.start(config, topics, catalog.classifier(), catalog.policy());
        CommittedRecords<String, IncidentEvent> events =
            new CommittedRecords<>(
                kafka.clientProperties(),
                topics.incidentEvents().name(),
                new StringDeserializer(),
                topics.incidentEvents().values().deserializer())) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> get(service, "/readyz").statusCode() == 200);
      send(kafka, topics, apiDown());

      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  events.poll().stream()
                      .anyMatch(e -> e.value().getType() == IncidentEventType.OPENED));
      assertThat(get(service, "/livez").statusCode()).isEqualTo(200);
      assertThat(get(service, "/metrics").body())
          .contains("responder_correlator_alerts_total{disposition=\"opened\"} 1.0")
          .contains("kafka_stream_");
    }
  }

  private static Alert apiDown() {
    return Alerts.firing(
        "fp-service-it",
        Instant.now(),
        Map.of("alertname", "CrmApiDown", "namespace", "crm", "service", "crm-backend"));
  }

  private static void send(KafkaBroker kafka, CorrelatorTopics topics, Alert alert)
      throws Exception {
    try (KafkaProducer<String, Alert> producer =
        new KafkaProducer<>(
            kafka.clientProperties(),
            topics.alerts().keys().serializer(),
            topics.alerts().values().serializer())) {
      producer
          .send(new ProducerRecord<>(topics.alerts().name(), alert.getFingerprint(), alert))
          .get(30, TimeUnit.SECONDS);
    }
  }

  private HttpResponse<String> get(CorrelatorService service, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
