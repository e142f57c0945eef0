package dev.responder.console.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.responder.console.history.AuditEntry;
import dev.responder.console.projection.RecordKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An alert of an incident as its page shows it: the latest reception of each fingerprint, its
 * labels and annotations (untrusted text, escaped by the templates), and the matchers a silence of
 * alerts like it would start from.
 */
record AlertView(
    String fingerprint,
    String status,
    String startsAt,
    Map<String, String> labels,
    Map<String, String> annotations) {

  /** The alerts among an incident's records, one per fingerprint, in first-seen order. */
  static List<AlertView> of(List<AuditEntry> records) {
    Map<String, AlertView> byFingerprint = new LinkedHashMap<>();
    records.stream()
        .filter(r -> r.kind() == RecordKind.ALERT)
        .sorted(java.util.Comparator.comparing(AuditEntry::occurredAt))
        .forEach(
            r -> {
              JsonNode alert = r.content();
              byFingerprint.put(
                  alert.path("fingerprint").asText(),
                  new AlertView(
                      alert.path("fingerprint").asText(),
                      alert.path("status").asText(),
                      alert.path("startsAt").asText(),
                      texts(alert.path("labels")),
                      texts(alert.path("annotations"))));
            });
    return new ArrayList<>(byFingerprint.values());
  }

  /**
   * One equality matcher per label in Alertmanager's syntax ({@code name="value"}, with {@code \}
   * and {@code "} escaped), one per line: the silence form's starting point.
   */
  public String silenceMatchers() {
    return labels.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + "=\""
                    + e.getValue().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                    + "\"")
        .collect(Collectors.joining("\n"));
  }

  private static Map<String, String> texts(JsonNode object) {
    Map<String, String> texts = new TreeMap<>();
    object.fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
    return texts;
  }
}
