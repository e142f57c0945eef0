package dev.responder.app.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.responder.app.local.Endpoints;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** Sends alerts to the local stack's ingest as Alertmanager 0.25 sends them (webhook v4). */
final class Alerts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Endpoints endpoints;
  private final HttpClient http = HttpClient.newHttpClient();

  Alerts(Endpoints endpoints) {
    this.endpoints = endpoints;
  }

  /** Alertmanager's fingerprint stand-in: a hash of the sorted labels, as stable as its own. */
  static String fingerprint(Map<String, String> labels) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(new TreeMap<>(labels).toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Posts one alert firing ({@code resolved} false) or resolved; fails unless ingest takes it. */
  void send(Map<String, String> labels, String summary, Instant startsAt, boolean resolved)
      throws Exception {
    String status = resolved ? "resolved" : "firing";
    ObjectNode alert = JSON.createObjectNode();
    alert.put("status", status);
    alert.set("labels", JSON.valueToTree(labels));
    alert.set("annotations", JSON.createObjectNode().put("summary", summary));
    alert.put("startsAt", startsAt.toString());
    alert.put("endsAt", resolved ? Instant.now().toString() : "0001-01-01T00:00:00Z");
    alert.put("generatorURL", "http://127.0.0.1:9090/graph");
    alert.put("fingerprint", fingerprint(labels));
    ObjectNode root = JSON.createObjectNode();
    root.put("receiver", "responder");
    root.put("status", status);
    root.putArray("alerts").add(alert);
    root.set("groupLabels", JSON.createObjectNode().put("alertname", labels.get("alertname")));
    root.set("commonLabels", JSON.valueToTree(labels));
    root.set("commonAnnotations", JSON.createObjectNode().put("summary", summary));
    root.put("externalURL", "http://127.0.0.1:9093");
    root.put("version", "4");
    root.put("groupKey", "{}:{alertname=\"" + labels.get("alertname") + "\"}");
    root.put("truncatedAlerts", 0);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(endpoints.ingest() + "/v1/alertmanager"))
                .header("Authorization", "Bearer " + endpoints.ingestToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(root.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "ingest answered " + response.statusCode() + ": " + response.body());
    }
  }
}
