package dev.responder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.junit.SandboxExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Kafka wait stays inside its bound when the producer's buffer is full: against a stopped
 * broker, concurrent requests of many alerts fill a small buffer, and every one of them is still
 * answered 503 within the bound Alertmanager's timeout is sized from, however many sends it held.
 */
@ExtendWith(SandboxExtension.class)
class FullBufferIT {

  private static final int SENDERS = 6;
  private static final int REQUESTS_EACH = 3;
  private static final int ALERTS_PER_REQUEST = 300;

  /** What the bound leaves for the HTTP exchange on a loaded machine; not a performance target. */
  private static final Duration SLACK = Duration.ofMillis(1500);

  record Answer(int status, Duration latency) {}

  @Test
  void shouldAnswerEveryRequestInTimeWhileTheBufferIsFull(KafkaBroker kafka) throws Exception {
    IngestConfig config =
        IngestConfig.fromMap(
            Map.of(
                IngestConfig.HOST, "127.0.0.1",
                IngestConfig.PORT, "0",
                IngestConfig.BOOTSTRAP, kafka.bootstrapServers(),
                IngestConfig.TOKEN, "buffer-token",
                IngestConfig.MAX_BLOCK_MS, "1000",
                IngestConfig.DELIVERY_TIMEOUT_MS, "3000",
                IngestConfig.REQUEST_TIMEOUT_MS, "1000",
                IngestConfig.BUFFER_MEMORY_BYTES, String.valueOf(64 << 10)));
    List<Answer> answers = new CopyOnWriteArrayList<>();
    try (IngestService ingest = IngestService.start(config)) {
      IngestClient client = new IngestClient(ingest.uri(), "buffer-token");
      String warm = "warm-" + UUID.randomUUID();
      assertThat(client.post("/v1/alertmanager", warm, Webhooks.withAlerts(warm, 1)).statusCode())
          .isEqualTo(200);
      kafka.stop();
      try {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        for (int s = 0; s < SENDERS; s++) {
          senders.submit(() -> send(client, answers));
        }
        senders.shutdown();
        assertThat(senders.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
      } finally {
        kafka.start();
      }
    }

    assertThat(answers).hasSize(SENDERS * REQUESTS_EACH);
    assertThat(answers).extracting(Answer::status).containsOnly(503);
    assertThat(answers)
        .allSatisfy(
            answer -> assertThat(answer.latency()).isLessThan(config.answerWithin().plus(SLACK)));
  }

  private static void send(IngestClient client, List<Answer> answers) {
    for (int i = 0; i < REQUESTS_EACH; i++) {
      String requestId = "full-" + UUID.randomUUID();
      byte[] body = Webhooks.withAlerts(requestId, ALERTS_PER_REQUEST);
      long started = System.nanoTime();
      try {
        HttpResponse<String> response = client.post("/v1/alertmanager", requestId, body);
        answers.add(
            new Answer(response.statusCode(), Duration.ofNanos(System.nanoTime() - started)));
      } catch (Exception e) {
        answers.add(new Answer(-1, Duration.ofNanos(System.nanoTime() - started)));
      }
    }
  }
}
