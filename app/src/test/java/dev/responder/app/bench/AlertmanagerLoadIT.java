package dev.responder.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responder.sandbox.support.FreePorts;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness's baseline is what it claims: a real Alertmanager 0.25 (Debian's package, as {@code
 * .ci/run} installs it) holds every unique alert the load client counted as accepted, sent as
 * postable alerts with the labels ingest would get. A bounded smoke run: 100 alerts.
 */
class AlertmanagerLoadIT {

  @TempDir Path work;

  @Test
  void shouldHaveAlertmanagerHoldEveryAlertTheLoadCountedAsAccepted() throws Exception {
    // given a fresh Alertmanager and 20 requests of 5 new alerts each
    Instant startsAt = Instant.now();
    try (Alertmanager alertmanager = Alertmanager.start(work, FreePorts.next())) {
      HttpLoad.Target target =
          new HttpLoad.Target(
              "alertmanager", alertmanager.alertsApi(), null, Payloads::alertmanagerApi);

      // when
      HttpLoad.Result result =
          new HttpLoad()
              .closedLoop(
                  target,
                  4,
                  20,
                  Duration.ofSeconds(30),
                  i -> {
                    List<BenchAlert> batch = new ArrayList<>();
                    for (int a = 0; a < 5; a++) {
                      batch.add(
                          BenchAlert.of(
                              "BenchIT", "crm", "crm-bench", "i-" + (i * 5 + a), startsAt));
                    }
                    return batch;
                  });

      // then
      assertThat(result.requests()).isEqualTo(20);
      assertThat(result.failed()).isZero();
      assertThat(result.alerts()).isEqualTo(100);
      assertThat(result.latencies().count()).isEqualTo(20);
      assertThat(alertsHeld(alertmanager)).isEqualTo(100);
    }
  }

  private static int alertsHeld(Alertmanager alertmanager) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(alertmanager.alertsApi()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    JsonNode alerts = new ObjectMapper().readTree(response.body());
    return alerts.size();
  }
}
