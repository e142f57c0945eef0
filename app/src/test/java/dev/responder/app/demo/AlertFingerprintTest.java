package dev.responder.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertFingerprintTest {

  @Test
  void shouldComputeTheFingerprintAlertmanagerSentForTheSameLabels() {
    // given the labels of the captured Alertmanager 0.25 webhook (fixtures), fingerprint
    // 22199ddd...
    Map<String, String> labels =
        Map.of(
            "alertname", "HighErrorRate",
            "namespace", "crm",
            "service", "crm-backend",
            "severity", "critical");

    // when
    String fingerprint = AlertFingerprint.of(labels);

    // then
    assertThat(fingerprint).isEqualTo("22199ddd4e790a23");
  }
}
