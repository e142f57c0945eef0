package dev.responder.correlator.testing;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.avro.AlertStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Builds alerts as ingest would write them. */
public final class Alerts {

  /** A Friday afternoon, so P4 deadlines cross a weekend. */
  public static final Instant T0 = Instant.parse("2026-11-27T14:00:00Z");

  private Alerts() {}

  /** A firing alert that started at {@code startsAt} and reached ingest a second later. */
  public static Alert firing(String fingerprint, Instant startsAt, Map<String, String> labels) {
    return alert(fingerprint, AlertStatus.FIRING, startsAt, startsAt.plusSeconds(1), labels);
  }

  /** The alert's resolution, received at {@code receivedAt}. */
  public static Alert resolved(Alert firing, Instant receivedAt) {
    return Alert.newBuilder(firing)
        .setStatus(AlertStatus.RESOLVED)
        .setEndsAt(receivedAt)
        .setReceivedAt(receivedAt)
        .build();
  }

  /** The same alert sent again later (repeat_interval, or the other HA peer). */
  public static Alert resent(Alert alert, Duration later) {
    return Alert.newBuilder(alert).setReceivedAt(alert.getReceivedAt().plus(later)).build();
  }

  public static Alert alert(
      String fingerprint,
      AlertStatus status,
      Instant startsAt,
      Instant receivedAt,
      Map<String, String> labels) {
    return Alert.newBuilder()
        .setFingerprint(fingerprint)
        .setStatus(status)
        .setSource(AlertSource.ALERTMANAGER)
        .setLabels(labels)
        .setStartsAt(startsAt)
        .setReceivedAt(receivedAt)
        .setRequestId("req-" + fingerprint)
        .build();
  }

  /** Labels of the CRM backend in namespace crm with this alertname. */
  public static Map<String, String> backend(String alertname) {
    return Map.of("alertname", alertname, "namespace", "crm", "service", "crm-backend");
  }

  public static Map<String, String> backend(String alertname, String severity) {
    return Map.of(
        "alertname", alertname, "namespace", "crm", "service", "crm-backend", "severity", severity);
  }
}
