package dev.responder.app.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One synthetic alert the harness sends, the same to every target: its labels, the fingerprint
 * Alertmanager would give it (a 64-bit hash of the sorted labels, as hex) and when it started.
 */
public record BenchAlert(Map<String, String> labels, String fingerprint, Instant startsAt) {

  public BenchAlert {
    labels = Map.copyOf(labels);
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(startsAt, "startsAt");
  }

  /**
   * An alert no runbook of runbooks/crm.yaml matches (an unclassified incident, grouped by
   * alertname and namespace), with {@code instance} telling alerts of one group apart.
   */
  public static BenchAlert of(
      String alertname, String namespace, String service, String instance, Instant startsAt) {
    Map<String, String> labels = new TreeMap<>();
    labels.put("alertname", alertname);
    labels.put("namespace", namespace);
    labels.put("service", service);
    labels.put("severity", "warning");
    labels.put("instance", instance);
    return new BenchAlert(labels, fingerprintOf(labels), startsAt);
  }

  /** FNV-1a over {@code name=value;} of the labels in name order: stable and collision-poor. */
  static String fingerprintOf(Map<String, String> labels) {
    long hash = 0xcbf29ce484222325L;
    for (Map.Entry<String, String> label : new TreeMap<>(labels).entrySet()) {
      for (byte b :
          (label.getKey() + "=" + label.getValue() + ";").getBytes(StandardCharsets.UTF_8)) {
        hash ^= b & 0xff;
        hash *= 0x100000001b3L;
      }
    }
    return String.format("%016x", hash);
  }
}
