package dev.responder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.junit.SandboxExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests in flight together share producer batches: nothing is flushed per request, so
 * single-alert requests sent at once leave in produce requests of several records each, every one
 * still answered only after its own acknowledgement. The linger is long here so that the requests
 * surely overlap; the producer's own metric says how many records each produce request carried.
 */
@ExtendWith(SandboxExtension.class)
class BatchSharingIT {

  private static final int SENDERS = 16;
  private static final int REQUESTS_EACH = 4;
  private static final Pattern RECORDS_PER_REQUEST =
      Pattern.compile("kafka_producer_records_per_request_avg\\{[^}]*\\} ([0-9.]+)");

  @Test
  void shouldSendTheRecordsOfConcurrentSingleAlertRequestsInSharedBatches(KafkaBroker kafka)
      throws Exception {
    List<Integer> statuses = new CopyOnWriteArrayList<>();
    String metrics;
    try (IngestService ingest =
        IngestService.start(
            IngestConfig.fromMap(
                Map.of(
                    IngestConfig.HOST, "127.0.0.1",
                    IngestConfig.PORT, "0",
                    IngestConfig.BOOTSTRAP, kafka.bootstrapServers(),
                    IngestConfig.TOKEN, "batch-token",
                    IngestConfig.LINGER_MS, "50")))) {
      IngestClient client = new IngestClient(ingest.uri(), "batch-token");
      ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
      for (int s = 0; s < SENDERS; s++) {
        senders.submit(
            () -> {
              for (int i = 0; i < REQUESTS_EACH; i++) {
                String requestId = "batch-" + UUID.randomUUID();
                try {
                  statuses.add(
                      client
                          .post("/v1/alertmanager", requestId, Webhooks.withAlerts(requestId, 1))
                          .statusCode());
                } catch (Exception e) {
                  statuses.add(-1);
                }
              }
            });
      }
      senders.shutdown();
      assertThat(senders.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
      metrics =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(ingest.uri().resolve("/metrics")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
    }

    assertThat(statuses).hasSize(SENDERS * REQUESTS_EACH).containsOnly(200);
    Matcher perRequest = RECORDS_PER_REQUEST.matcher(metrics);
    assertThat(perRequest.find()).as("the producer's metrics are exported").isTrue();
    assertThat(Double.parseDouble(perRequest.group(1))).isGreaterThan(2.0);
  }
}
