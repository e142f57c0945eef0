package dev.responder.ingest.payload;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity and labels a CRM event gets. Labels carry the event type (what the runbook catalog
 * matches) and the few attributes that name a place in the platform; free-text attributes such as
 * error messages stay in {@code attributes}, out of the alert's identity.
 */
final class CrmEventLabels {

  /**
   * Attributes copied into labels, in this order, when the event has them: the runbook catalog
   * groups incidents by {@code namespace} and raises severity on {@code severity}.
   */
  static final List<String> LABEL_ATTRIBUTES =
      List.of(
          "namespace",
          "service",
          "deployment",
          "platform",
          "queue",
          "database",
          "endpoint",
          "severity");

  private CrmEventLabels() {}

  /**
   * The first 64 bits of SHA-256 over type and key, as 16 hex digits like Alertmanager's own
   * fingerprints. The NUL separator keeps ("a.b", "c") and ("a.bc", "") apart.
   */
  static String fingerprint(String type, String key) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha256.digest((type + '\0' + key).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime ships SHA-256", e);
    }
  }

  static Map<String, String> labels(String type, String key, Map<String, String> attributes) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("alertname", type);
    labels.put("event_type", type);
    labels.put("event_key", key);
    for (String name : LABEL_ATTRIBUTES) {
      String value = attributes.get(name);
      if (value != null) {
        labels.put(name, value);
      }
    }
    return labels;
  }
}
