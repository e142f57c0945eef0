package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Alertmanager configuration delivers to Responder what ingest needs: every alert of a group
 * (max_alerts 0), resolutions too, with the bearer token read from a file.
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
}
