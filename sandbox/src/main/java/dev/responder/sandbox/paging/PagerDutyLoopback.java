package dev.responder.sandbox.paging;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PagerDuty's Events API v2 on loopback: {@code POST /v2/enqueue} of an alert event, checked as
 * PagerDuty documents it (a 32-character {@code routing_key}; {@code event_action} trigger,
 * acknowledge or resolve; a {@code dedup_key} of at most 255 characters, required to acknowledge or
 * resolve; for a trigger a {@code payload} with {@code summary} of 1 to 1024 characters, {@code
 * source} and {@code severity} one of critical, error, warning, info). A good event gets {@code
 * 202} with {@code {"status":"success","message":"Event processed","dedup_key":...}}, a bad one
 * {@code 400} with {@code {"status":"invalid event","message":"Event object is invalid","errors":
 * [...]}}. It keeps one alert per routing key and dedup key, as PagerDuty does: a trigger for an
 * open alert adds to it, an acknowledge or resolve for no open alert (or sent with another routing
 * key) is dropped.
 */
public final class PagerDutyLoopback extends LoopbackProvider {

  /** The state of one alert. */
  public enum AlertStatus {
    TRIGGERED,
    ACKNOWLEDGED,
    RESOLVED
  }

  private static final Set<String> ACTIONS = Set.of("trigger", "acknowledge", "resolve");
  private static final Set<String> SEVERITIES = Set.of("critical", "error", "warning", "info");

  private final Map<String, AlertStatus> alerts = new LinkedHashMap<>();
  private int opened;

  public PagerDutyLoopback(Clock clock) {
    super(clock);
  }

  /** The Events API endpoint, {@code http://127.0.0.1:PORT/v2/enqueue}. */
  public java.net.URI enqueue() {
    return uri().resolve("/v2/enqueue");
  }

  /** The alert a routing key holds under a dedup key, if any. */
  public synchronized Optional<AlertStatus> alert(String routingKey, String dedupKey) {
    return Optional.ofNullable(alerts.get(routingKey + "|" + dedupKey));
  }

  /** How many alerts were opened (a trigger for an open alert opens none). */
  public synchronized int alertsOpened() {
    return opened;
  }

  @Override
  protected Answer answer(Request request, JsonNode body) {
    if (!request.path().equals("/v2/enqueue")) {
      return Answer.of(404, "{\"status\":\"not found\",\"message\":\"Not found\"}");
    }
    if (!request.method().equals("POST")) {
      return Answer.of(405, "{\"status\":\"method not allowed\"}");
    }
    List<String> errors = problems(request, body);
    if (!errors.isEmpty()) {
      return invalid(errors);
    }
    String dedupKey = text(body, "dedup_key");
    apply(text(body, "routing_key"), text(body, "event_action"), dedupKey);
    return Answer.of(
        202,
        "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\""
            + dedupKey
            + "\"}");
  }

  private synchronized void apply(String routingKey, String action, String dedupKey) {
    String key = routingKey + "|" + dedupKey;
    AlertStatus now = alerts.get(key);
    boolean open = now == AlertStatus.TRIGGERED || now == AlertStatus.ACKNOWLEDGED;
    switch (action) {
      case "trigger" -> {
        if (!open) {
          alerts.put(key, AlertStatus.TRIGGERED);
          opened++;
        }
      }
      case "acknowledge" -> {
        if (open) {
          alerts.put(key, AlertStatus.ACKNOWLEDGED);
        }
      }
      default -> {
        if (open) {
          alerts.put(key, AlertStatus.RESOLVED);
        }
      }
    }
  }

  private static List<String> problems(Request request, JsonNode body) {
    List<String> errors = new ArrayList<>();
    if (!isJson(request) || body == null || !body.isObject()) {
      errors.add("Event object is not valid JSON");
      return errors;
    }
    String routingKey = text(body, "routing_key");
    if (routingKey == null || routingKey.length() != 32) {
      errors.add("Length of 'routing_key' is incorrect (should be 32 characters)");
    }
    String action = text(body, "event_action");
    if (action == null || !ACTIONS.contains(action)) {
      errors.add("'event_action' is invalid (must be one of: trigger, acknowledge, resolve)");
      return errors;
    }
    String dedupKey = text(body, "dedup_key");
    if (dedupKey != null && dedupKey.length() > 255) {
      errors.add("Length of 'dedup_key' is too long (must be 255 characters or less)");
    }
    if (!action.equals("trigger") && dedupKey == null) {
      errors.add("'dedup_key' is missing and is required for " + action + " events");
    }
    if (action.equals("trigger")) {
      errors.addAll(payloadProblems(body.get("payload")));
    }
    return errors;
  }

  private static List<String> payloadProblems(JsonNode payload) {
    List<String> errors = new ArrayList<>();
    if (payload == null || !payload.isObject()) {
      errors.add("'payload' is missing or not an object");
      return errors;
    }
    String summary = text(payload, "summary");
    if (summary == null || summary.isEmpty() || summary.length() > 1024) {
      errors.add("'payload.summary' is missing or longer than 1024 characters");
    }
    String source = text(payload, "source");
    if (source == null || source.isEmpty()) {
      errors.add("'payload.source' is missing");
    }
    String severity = text(payload, "severity");
    if (severity == null || !SEVERITIES.contains(severity)) {
      errors.add("'payload.severity' is invalid (must be one of: critical, error, warning, info)");
    }
    JsonNode details = payload.get("custom_details");
    if (details != null && !details.isObject()) {
      errors.add("'payload.custom_details' must be an object");
    }
    return errors;
  }

  private static Answer invalid(List<String> errors) {
    StringBuilder body =
        new StringBuilder(
            "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\",\"errors\":[");
    for (int i = 0; i < errors.size(); i++) {
      body.append(i == 0 ? "" : ",").append(JSON.valueToTree(errors.get(i)).toString());
    }
    return Answer.of(400, body.append("]}").toString());
  }
}
