package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.ingest.IngestConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Alertmanager configuration delivers to Responder what ingest needs: every alert of a group
 * (max_alerts 0), resolutions too, with the bearer token read from a file, and gives up on an
 * attempt only after ingest would have answered it.
 */
class AlertmanagerConfigTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> responderWebhook() {
    Map<String, Object> config =
        DeployFiles.document(DeployFiles.deploy("alertmanager/alertmanager.yml"));
    Map<String, Object> receiver =
        ((List<Map<String, Object>>) config.get("receivers"))
            .stream().filter(r -> r.get("name").equals("responder")).findFirst().orElseThrow();
    return ((List<Map<String, Object>>) receiver.get("webhook_configs")).get(0);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldSendEveryAlertAndResolutionToIngestWithABearerTokenFile() {
    Map<String, Object> webhook = responderWebhook();
    Map<String, Object> authorization =
        (Map<String, Object>)
            ((Map<String, Object>) webhook.get("http_config")).get("authorization");

    assertThat(webhook.get("url"))
        .isEqualTo("http://responder-ingest.responder.svc:8080/v1/alertmanager");
    assertThat(webhook.get("send_resolved")).isEqualTo(true);
    assertThat(webhook.get("max_alerts")).isEqualTo(0);
    assertThat(authorization.get("type")).isEqualTo("Bearer");
    assertThat((String) authorization.get("credentials_file")).startsWith("/");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldRouteResponderHealthAlertsAwayFromResponder() {
    Map<String, Object> route =
        (Map<String, Object>)
            DeployFiles.document(DeployFiles.deploy("alertmanager/alertmanager.yml")).get("route");
    List<Map<String, Object>> routes = (List<Map<String, Object>>) route.get("routes");

    assertThat(route.get("receiver")).isEqualTo("responder");
    assertThat(routes)
        .anySatisfy(
            r -> {
              assertThat(r.get("matchers")).isEqualTo(List.of("namespace=\"responder\""));
              assertThat(r.get("receiver")).isNotEqualTo("responder");
            });
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldWaitForIngestsAnswerButNotBeyondTheGroupInterval() {
    Map<String, Object> route =
        (Map<String, Object>)
            DeployFiles.document(DeployFiles.deploy("alertmanager/alertmanager.yml")).get("route");
    Duration timeout = duration(responderWebhook().get("timeout"));
    Duration ingestAnswersWithin =
        IngestConfig.fromMap(
                Map.of(IngestConfig.BOOTSTRAP, "kafka:9092", IngestConfig.ALLOW_ANONYMOUS, "true"))
            .kafka()
            .answerBound();

    assertThat(timeout).isEqualTo(Duration.ofSeconds(10)).isGreaterThan(ingestAnswersWithin);
    // Whatever Kafka wait an operator configures, ingest refuses one that could answer too late.
    assertThat(timeout.minus(IngestConfig.LONGEST_KAFKA_WAIT)).isGreaterThan(Duration.ofSeconds(1));
    // Alertmanager never waits longer than the group interval, whatever the timeout says.
    assertThat(timeout).isLessThanOrEqualTo(duration(route.get("group_interval")));
  }

  /** An Alertmanager duration of whole seconds or minutes ("10s", "1m"). */
  private static Duration duration(Object value) {
    String text = String.valueOf(value);
    long amount = Long.parseLong(text.substring(0, text.length() - 1));
    return switch (text.charAt(text.length() - 1)) {
      case 's' -> Duration.ofSeconds(amount);
      case 'm' -> Duration.ofMinutes(amount);
      default -> throw new IllegalArgumentException("not a duration in s or m: " + text);
    };
  }
}
