package dev.responder.console.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A waiting action as the approvals page shows it, read from the operator API's {@code GET
 * /v1/approvals}: its key, incident, what it would do (the plan), the evidence it was planned on,
 * and when the wait expires. Fields the page has no place for are listed as they came.
 */
record ApprovalView(
    String actionKey,
    String incidentId,
    String step,
    String expiresAt,
    Map<String, String> plan,
    Map<String, String> evidence,
    Map<String, String> other) {

  private static final Set<String> SHOWN =
      Set.of("actionKey", "incidentId", "step", "expiresAt", "plan", "evidence");

  /**
   * The approvals of an answer that is a list, or an object holding one under {@code approvals}.
   */
  static List<ApprovalView> of(JsonNode answer) {
    JsonNode items = answer.isArray() ? answer : answer.path("approvals");
    List<ApprovalView> views = new ArrayList<>();
    for (JsonNode item : items) {
      Map<String, String> other = new LinkedHashMap<>();
      item.fields()
          .forEachRemaining(
              e -> {
                if (!SHOWN.contains(e.getKey())) {
                  other.put(e.getKey(), text(e.getValue()));
                }
              });
      views.add(
          new ApprovalView(
              item.path("actionKey").asText(),
              item.path("incidentId").asText(),
              item.path("step").asText(),
              item.path("expiresAt").asText(""),
              flat(item.path("plan")),
              flat(item.path("evidence")),
              other));
    }
    return views;
  }

  /** An object's fields as text (nested values as their JSON), a scalar under {@code value}. */
  static Map<String, String> flat(JsonNode node) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> fields.put(e.getKey(), text(e.getValue())));
    } else if (!node.isMissingNode() && !node.isNull()) {
      fields.put("value", text(node));
    }
    return fields;
  }

  private static String text(JsonNode value) {
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
