package dev.responder.console.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.responder.console.projection.AuditTopics;
import dev.responder.console.service.ProjectionService;
import dev.responder.console.service.ProjectionServiceConfig;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.sandbox.kafka.TopicCatalogue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The projection service as a pod runs it, configured from environment-style settings: healthy,
 * ready once it follows the log with the database answering, and counting what it projected.
 */
@ExtendWith(SandboxExtension.class)
class ProjectionServiceIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldAnswerHealthReadinessAndMetricsWhileFollowingTheLog(
      KafkaBroker kafka, Postgres postgres) throws Exception {
    AuditTopics topics =
        AuditTopics.named("service-" + UUID.randomUUID().toString().substring(0, 8));
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      TopicCatalogue.createMissing(admin, topics.used());
    }
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            kafka.clientProperties(), new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topics.alerts().name(), "fp-1", new byte[] {1})).get();
    }
    ProjectionServiceConfig config =
        ProjectionServiceConfig.fromMap(
            Map.of(
                "RESPONDER_KAFKA_BOOTSTRAP", kafka.bootstrapServers(),
                "RESPONDER_PROJECTION_JDBC_URL", postgres.jdbcUrl(),
                "RESPONDER_PROJECTION_DB_USER", postgres.user(),
                "RESPONDER_PROJECTION_DB_PASSWORD", postgres.password(),
                "RESPONDER_PROJECTION_HTTP_PORT", "0"));
    AtomicBoolean stop = new AtomicBoolean();

    try (ProjectionService service = ProjectionService.start(config, topics)) {
      CompletableFuture<Void> following =
          CompletableFuture.runAsync(
              () -> {
                try {
                  service.follow(stop::get);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      try {
        assertThat(get(service, "/livez").statusCode()).isEqualTo(200);
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(
                () -> {
                  assertThat(get(service, "/readyz").statusCode()).isEqualTo(200);
                  assertThat(get(service, "/metrics").body())
                      .contains("responder_projection_records_read_total 1.0")
                      .contains("responder_projection_lag_records 0.0");
                });
      } finally {
        stop.set(true);
        following.get();
      }
    }
  }

  private HttpResponse<String> get(ProjectionService service, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
