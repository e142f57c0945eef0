package dev.responder.correlator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.CorrelatorService;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.testing.Alerts;
import dev.responder.correlator.testing.Outcomes;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as {@code responder correlator} runs it: the shipped catalog, the catalogue's topics,
 * its endpoints, and a check result from the outcomes topic raising an incident's severity.
 */
@ExtendWith(SandboxExtension.class)
class CorrelatorServiceIT {

  private static final Path CATALOG = Path.of("..", "runbooks", "crm.yaml");
  private static final String FINGERPRINT = "fp-service-it-" + UUID.randomUUID();

  @TempDir Path stateDir;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldTurnAnAlertIntoAnIncidentRaiseItOnACheckAndReportReadinessAndMetrics(KafkaBroker kafka)
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
            CorrelatorService.start(
                config,
                topics,
                catalog.classifier(),
                catalog.policy(),
                catalog.severityRules(),
                catalog.inhibitRules());
        CommittedRecords<String, IncidentEvent> events =
            new CommittedRecords<>(
                kafka.clientProperties(),
                topics.incidentEvents().name(),
                new StringDeserializer(),
                topics.incidentEvents().values().deserializer())) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> get(service, "/readyz").statusCode() == 200);
      send(kafka, topics.alerts().name(), topics.alerts().values().serializer(), apiDown());
      IncidentEvent opened =
          awaitEvent(events, IncidentEventType.OPENED, CorrelatorServiceIT::aboutTheTestAlert);
      assertThat(opened.getIncident().getSeverity()).isEqualTo(Severity.P2);

      send(
          kafka,
          topics.outcomes().name(),
          topics.outcomes().values().serializer(),
          noPodReady(opened));

      IncidentEvent raised =
          awaitEvent(
              events,
              IncidentEventType.SEVERITY_CHANGED,
              event -> event.getIncidentId().equals(opened.getIncidentId()));
      assertThat(raised.getIncident().getSeverity()).isEqualTo(Severity.P1);
      assertThat(raised.getCause().getDetail()).contains("backend_pods").contains("ready=0");
      assertThat(get(service, "/livez").statusCode()).isEqualTo(200);
      assertThat(get(service, "/metrics").body())
          .contains("responder_correlator_alerts_total{disposition=\"opened\"} 1.0")
          .contains("kafka_stream_");
    }
  }

  private static Alert apiDown() {
    return Alerts.firing(
        FINGERPRINT,
        Instant.now(),
        Map.of("alertname", "CrmApiDown", "namespace", "crm", "service", "crm-backend"));
  }

  private static RemediationOutcome noPodReady(IncidentEvent opened) {
    return Outcomes.check(
        opened.getIncidentId(),
        "api-unresponsive",
        "backend_pods",
        Map.of("ready", "0", "notReady", "3"),
        opened.getOccurredAt().plusSeconds(20));
  }

  /** The first event of this type for the incident of this test's alert. */
  private static IncidentEvent awaitEvent(
      CommittedRecords<String, IncidentEvent> events,
      IncidentEventType type,
      Predicate<IncidentEvent> ofThisTest) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                events.poll().stream()
                    .map(record -> record.value())
                    .filter(event -> event.getType() == type)
                    .filter(ofThisTest)
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  /** An event about the test's alert: the event carries the member alert it is about. */
  private static boolean aboutTheTestAlert(IncidentEvent event) {
    return event.getAlert() != null && event.getAlert().getFingerprint().equals(FINGERPRINT);
  }

  /** Sends one record, keyed as the topic's producer keys it, and waits for the broker's ack. */
  private static <V> void send(KafkaBroker kafka, String topic, Serializer<V> values, V value)
      throws Exception {
    String key =
        value instanceof Alert alert
            ? alert.getFingerprint()
            : ((RemediationOutcome) value).getIncidentId();
    try (KafkaProducer<String, V> producer =
        new KafkaProducer<>(kafka.clientProperties(), new StringSerializer(), values)) {
      producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    }
  }

  private HttpResponse<String> get(CorrelatorService service, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
