package dev.responder.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Webhook bodies shaped like the captured Alertmanager one, with as many alerts as wanted. */
public final class Webhooks {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Webhooks() {}

  /**
   * The captured webhook with {@code count} alerts; alert {@code i} gets fingerprint {@code
   * prefix-i} and label {@code instance=prefix-i}, every second one resolved.
   */
  public static byte[] withAlerts(String prefix, int count) {
    try {
      ObjectNode root = (ObjectNode) MAPPER.readTree(Fixtures.alertmanagerWebhook());
      ArrayNode alerts = (ArrayNode) root.get("alerts");
      ObjectNode template = (ObjectNode) alerts.get(0);
      alerts.removeAll();
      for (int i = 0; i < count; i++) {
        ObjectNode alert = template.deepCopy();
        alert.put("fingerprint", prefix + "-" + i);
        ((ObjectNode) alert.get("labels")).put("instance", prefix + "-" + i);
        if (i % 2 == 1) {
          alert.put("status", "resolved");
          alert.put("endsAt", "2026-11-27T05:18:37.5Z");
        }
        alerts.add(alert);
      }
      return MAPPER.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
