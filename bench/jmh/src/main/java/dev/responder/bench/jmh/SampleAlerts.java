package dev.responder.bench.jmh;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.avro.AlertStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** The alerts and webhook bodies the benchmarks feed the hot paths. */
final class SampleAlerts {

  private SampleAlerts() {}

  /** An alert of the given name in the bench namespace, told apart by {@code instance}. */
  static Alert alert(
      String alertname, String namespace, String service, String instance, Instant at) {
    return Alert.newBuilder()
        .setFingerprint(
            Integer.toHexString((alertname + namespace + service + instance).hashCode()))
        .setStatus(AlertStatus.FIRING)
        .setSource(AlertSource.ALERTMANAGER)
        .setLabels(
            Map.of(
                "alertname", alertname,
                "namespace", namespace,
                "service", service,
                "severity", "warning",
                "instance", instance))
        .setAnnotations(Map.of("summary", "benchmark alert"))
        .setStartsAt(at)
        .setReceivedAt(at)
        .setGeneratorUrl("http://127.0.0.1/graph")
        .setGroupKey("{}:{bench=\"jmh\"}")
        .setReceiver("responder")
        .setExternalUrl("http://127.0.0.1:9093")
        .setRequestId("jmh")
        .build();
  }

  /** An Alertmanager webhook (version 4) carrying {@code count} distinct alerts. */
  static byte[] webhook(int count) {
    StringBuilder json = new StringBuilder();
    json.append("{\"version\":\"4\",\"receiver\":\"responder\",\"status\":\"firing\",")
        .append(
            "\"groupKey\":\"{}:{bench=\\\"jmh\\\"}\",\"externalURL\":\"http://127.0.0.1:9093\",")
        .append("\"truncatedAlerts\":0,\"groupLabels\":{},\"commonLabels\":{},")
        .append("\"commonAnnotations\":{},\"alerts\":[");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"status\":\"firing\",\"labels\":{\"alertname\":\"BenchJmh\",")
          .append("\"namespace\":\"crm\",\"service\":\"crm-bench\",\"severity\":\"warning\",")
          .append("\"instance\":\"instance-")
          .append(i)
          .append("\"},")
          .append("\"annotations\":{\"summary\":\"benchmark alert\"},")
          .append("\"startsAt\":\"2026-12-03T10:00:00Z\",\"endsAt\":\"0001-01-01T00:00:00Z\",")
          .append("\"generatorURL\":\"http://127.0.0.1/graph\",")
          .append("\"fingerprint\":\"")
          .append(String.format("%016x", 0xbe7c0000L + i))
          .append("\"}");
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** runbooks/crm.yaml of the repository the benchmarks run from. */
  static Path catalog() {
    Path root = Path.of(System.getProperty("responder.root", "."));
    Path catalog = root.resolve("runbooks/crm.yaml");
    if (!Files.isRegularFile(catalog)) {
      throw new IllegalStateException("no runbook catalog at " + catalog.toAbsolutePath());
    }
    return catalog;
  }
}
