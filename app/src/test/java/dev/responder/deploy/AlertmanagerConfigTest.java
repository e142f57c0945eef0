package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.ingest.IngestConfig;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import dev.responder.schemas.catalog.load.CatalogLoader;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Alertmanager configuration delivers to Responder what ingest needs: notifications that always
 * fit ingest's limits, resolutions too, over TLS with the bearer token read from a file, and gives
 * up on an attempt only after ingest would have answered it.
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

  /**
   * Ingest's configuration as the shipped Deployment sets it (credentials and Kafka security
   * aside).
   */
  private static IngestConfig deployedIngest() {
    Map<String, String> env = new HashMap<>();
    for (EnvVar variable : IngestManifestsTest.environment()) {
      if (!variable.getName().endsWith("_FILE")
          && !variable.getName().equals(KafkaClientSecurity.PROTOCOL)
          && !variable.getName().equals(KafkaClientSecurity.USERNAME)) {
        env.put(variable.getName(), variable.getValue());
      }
    }
    env.put(IngestConfig.ALLOW_ANONYMOUS, "true");
    return IngestConfig.fromMap(env);
  }

  @Test
  void shouldSizeANotificationSoItAlwaysFitsIngestsLimits() {
    int maxAlerts = (Integer) responderWebhook().get("max_alerts");
    IngestConfig ingest = deployedIngest();
    int perAlert = ingest.limits().maxAlertBytes();
    // A notification: its alerts, each at most perAlert bytes (a larger one is dead-lettered on
    // its own); commonLabels, commonAnnotations and groupLabels, each a subset of one alert's;
    // groupKey (the route's matchers and the group labels); and a few short fields.
    long largest = (long) maxAlerts * perAlert + 3L * perAlert + perAlert + 4096;

    // 0 would mean "no limit": a large group could then exceed the body limit and be refused whole.
    assertThat(maxAlerts).isPositive().isLessThanOrEqualTo(ingest.limits().maxAlerts());
    assertThat(largest).isLessThanOrEqualTo(ingest.maxBodyBytes());
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldSendEveryAlertAndResolutionToIngestWithABearerTokenFile() {
    Map<String, Object> webhook = responderWebhook();
    Map<String, Object> authorization =
        (Map<String, Object>)
            ((Map<String, Object>) webhook.get("http_config")).get("authorization");

    Map<String, Object> tls =
        (Map<String, Object>) ((Map<String, Object>) webhook.get("http_config")).get("tls_config");

    assertThat(webhook.get("url"))
        .isEqualTo("https://responder-ingest.responder.svc:8443/v1/alertmanager");
    assertThat(webhook.get("send_resolved")).isEqualTo(true);
    assertThat(authorization.get("type")).isEqualTo("Bearer");
    assertThat((String) authorization.get("credentials_file")).startsWith("/");
    assertThat((String) tls.get("ca_file")).endsWith("/ca.crt");
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
  void shouldSendTheWatchdogToIngestFirstAndOftenWithinItsHeartbeatWindow() {
    Map<String, Object> route =
        (Map<String, Object>)
            DeployFiles.document(DeployFiles.deploy("alertmanager/alertmanager.yml")).get("route");
    Map<String, Object> watchdog = ((List<Map<String, Object>>) route.get("routes")).get(0);
    Duration missingAfter =
        CatalogLoader.require(DeployFiles.root().resolve("runbooks/crm.yaml")).heartbeats().stream()
            .filter(h -> h.matchers().matches(Map.of("alertname", "Watchdog")))
            .findFirst()
            .orElseThrow()
            .missingAfter();

    assertThat(watchdog.get("matchers")).isEqualTo(List.of("alertname=\"Watchdog\""));
    assertThat(watchdog.get("receiver")).isEqualTo("responder");
    // Re-sent (repeat_interval, checked each group_interval) several times within the window, so
    // one lost or retried delivery pages nobody.
    Duration resentEvery =
        duration(watchdog.get("repeat_interval")).plus(duration(watchdog.get("group_interval")));
    assertThat(resentEvery.multipliedBy(3)).isLessThanOrEqualTo(missingAfter);
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
