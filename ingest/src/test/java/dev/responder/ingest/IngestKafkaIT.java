package dev.responder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.responder.ingest.payload.AlertmanagerWebhookParser;
import dev.responder.ingest.payload.CrmEventParser;
import dev.responder.ingest.payload.ParseOutcome;
import dev.responder.ingest.payload.PayloadLimits;
import dev.responder.ingest.payload.PayloadParser;
import dev.responder.ingest.payload.RequestMeta;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.Alert;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ingest service against the real Kafka broker: what is acknowledged is on the topic. */
@ExtendWith(SandboxExtension.class)
class IngestKafkaIT {

  static final String TOKEN = "it-token";
  static final String EVENTS_TOKEN = "it-events-token";

  /** Small bounds so an outage is answered quickly: 1 s in send + 3 s for the ack. */
  static final Duration ANSWER_BOUND = Duration.ofSeconds(4);

  private static IngestService ingest;
  private static IngestClient client;
  private static IngestClient crm;
  private AlertTopic topic;

  @BeforeAll
  static void startIngest(KafkaBroker kafka) throws Exception {
    ingest = IngestService.start(config(kafka, TOKEN));
    client = new IngestClient(ingest.uri(), TOKEN);
    crm = new IngestClient(ingest.uri(), EVENTS_TOKEN);
  }

  static IngestConfig config(KafkaBroker kafka, String token) {
    return IngestConfig.fromMap(
        Map.of(
            IngestConfig.HOST, "127.0.0.1",
            IngestConfig.PORT, "0",
            IngestConfig.BOOTSTRAP, kafka.bootstrapServers(),
            IngestConfig.TOKEN, token,
            IngestConfig.EVENTS_TOKEN, EVENTS_TOKEN,
            IngestConfig.MAX_BLOCK_MS, "1000",
            IngestConfig.DELIVERY_TIMEOUT_MS, "3000",
            IngestConfig.REQUEST_TIMEOUT_MS, "1000",
            IngestConfig.READINESS_INTERVAL_MS, "500"));
  }

  @AfterAll
  static void stopIngest() throws Exception {
    ingest.close();
  }

  @BeforeEach
  void readTopic(KafkaBroker kafka) {
    topic = new AlertTopic(kafka.bootstrapServers());
  }

  @AfterEach
  void closeTopic() {
    topic.close();
  }

  @Test
  void shouldStoreEveryAlertOfAWebhookAsOneRecordKeyedByFingerprint() throws Exception {
    String requestId = "am-" + UUID.randomUUID();
    byte[] body = Webhooks.withAlerts(requestId, 5);

    HttpResponse<String> response = client.post("/v1/alertmanager", requestId, body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<Alert> expected =
        expectedAlerts(new AlertmanagerWebhookParser(PayloadLimits.DEFAULTS), body, requestId);
    assertStored(requestId, expected);
  }

  @Test
  void shouldStoreABatchOfCrmEvents() throws Exception {
    String requestId = "crm-" + UUID.randomUUID();
    byte[] body =
        ("{\"events\": ["
                + "{\"type\":\"worker.job.stalled\",\"key\":\"crm-events\",\"occurredAt\":\"2026-11-27T05:08:37Z\","
                + "\"attributes\":{\"queue\":\"crm-events\",\"depth\":12000}},"
                + "{\"type\":\"sync.event.failed\",\"key\":\"hubspot/contacts\",\"occurredAt\":\"2026-11-27T05:08:38Z\","
                + "\"status\":\"resolved\"}]}")
            .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = crm.post("/v1/events", requestId, body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertStored(
        requestId, expectedAlerts(new CrmEventParser(PayloadLimits.DEFAULTS), body, requestId));
  }

  @Test
  void shouldStoreTheValidAlertsAndWriteTheBadOneToTheDeadLetterTopic(KafkaBroker kafka)
      throws Exception {
    String requestId = "dlq-" + UUID.randomUUID();
    String bad =
        "{\"status\":\"firing\",\"labels\":{\"alertname\":\"A\"},"
            + "\"startsAt\":\"yesterday\",\"fingerprint\":\"bad-1\"}";
    String body =
        new String(Webhooks.withAlerts(requestId, 2), StandardCharsets.UTF_8)
            .replaceFirst("\"alerts\"\\s*:\\s*\\[", "\"alerts\":[" + bad.replace("$", "\\$") + ",");

    try (DeadLetterTopic deadLetters = new DeadLetterTopic(kafka.bootstrapServers())) {
      HttpResponse<String> response =
          client.post("/v1/alertmanager", requestId, body.getBytes(StandardCharsets.UTF_8));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.body()).contains("\"accepted\":2").contains("\"deadLettered\":1");
      assertThat(
              AlertTopic.ofRequest(
                  topic.awaitRecords(
                      Duration.ofSeconds(20),
                      seen -> AlertTopic.ofRequest(seen, requestId).size() >= 2),
                  requestId))
          .hasSize(2);
      ConsumerRecord<byte[], byte[]> letter = deadLetters.awaitLetters(requestId, 1).get(0);
      assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo(bad);
      assertThat(DeadLetterTopic.header(letter, "responder.dlq.reason"))
          .isEqualTo("invalid_timestamp");
      assertThat(DeadLetterTopic.header(letter, "responder.dlq.pointer"))
          .isEqualTo("/alerts/0/startsAt");
      assertThat(DeadLetterTopic.header(letter, "responder.dlq.element")).isEqualTo("/alerts/0");
      assertThat(DeadLetterTopic.header(letter, "responder.dlq.source"))
          .isEqualTo("ingest/alertmanager");
      assertThat(DeadLetterTopic.header(letter, "responder.dlq.message"))
          .contains("RFC 3339 timestamp");
    }
  }

  @Test
  void shouldBeReadyWhileKafkaIsReachable() throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> client.status("/readyz") == 200);
  }

  @Test
  void shouldAnswer503InTimeDuringAnOutageAndStoreEveryAcknowledgedRequest(KafkaBroker kafka)
      throws Exception {
    OutageSender sender = new OutageSender(client, "outage-" + UUID.randomUUID(), 4);
    Thread senderThread = new Thread(sender, "outage-sender");
    senderThread.start();
    try {
      await().atMost(Duration.ofSeconds(20)).until(() -> sender.accepted().size() >= 3);
      kafka.stop();
      await().atMost(Duration.ofSeconds(30)).until(() -> sender.unavailableLatencies().size() >= 2);
      await().atMost(Duration.ofSeconds(10)).until(() -> client.status("/readyz") == 503);
    } finally {
      kafka.start();
    }
    int acceptedAtRestart = sender.accepted().size();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> sender.accepted().size() >= acceptedAtRestart + 3);
    sender.stop();
    senderThread.join(Duration.ofSeconds(40).toMillis());

    assertThat(sender.statuses()).containsOnly(200, 503);
    assertThat(sender.unavailableLatencies())
        .allSatisfy(latency -> assertThat(latency).isLessThan(ANSWER_BOUND.plusSeconds(1)));
    assertThat(sender.retriedThenAccepted()).isNotEmpty();
    List<ConsumerRecord<String, Alert>> records =
        topic.awaitRecords(
            Duration.ofSeconds(30),
            seen ->
                sender.accepted().stream()
                    .allMatch(
                        id -> AlertTopic.ofRequest(seen, id).size() >= sender.alertsPerRequest()));
    for (String requestId : sender.accepted()) {
      assertThat(AlertTopic.ofRequest(records, requestId))
          .extracting(ConsumerRecord::key)
          .containsAll(
              List.of(requestId + "-0", requestId + "-1", requestId + "-2", requestId + "-3"));
    }
  }

  private void assertStored(String requestId, List<Alert> expected) {
    List<ConsumerRecord<String, Alert>> records =
        AlertTopic.ofRequest(
            topic.awaitRecords(
                Duration.ofSeconds(20),
                seen -> AlertTopic.ofRequest(seen, requestId).size() >= expected.size()),
            requestId);
    assertThat(records)
        .extracting(record -> withoutReceivedAt(record.value()))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(records)
        .allSatisfy(
            record -> {
              assertThat(record.key()).isEqualTo(record.value().getFingerprint());
              assertThat(AlertTopic.header(record, "traceparent")).startsWith("00-0af76519");
              assertThat(record.value().getReceivedAt()).isAfter(Instant.now().minusSeconds(60));
            });
  }

  private static List<Alert> expectedAlerts(PayloadParser parser, byte[] body, String requestId) {
    ParseOutcome outcome = parser.parse(body, new RequestMeta(requestId, Instant.EPOCH));
    return ((ParseOutcome.Accepted) outcome).alerts();
  }

  private static Alert withoutReceivedAt(Alert alert) {
    return Alert.newBuilder(alert).setReceivedAt(Instant.EPOCH).build();
  }
}
