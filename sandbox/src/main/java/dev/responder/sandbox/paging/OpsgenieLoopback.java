package dev.responder.sandbox.paging;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opsgenie's Alert API on loopback: {@code POST /v2/alerts} (create: {@code message} of 1 to 130
 * characters, {@code alias} up to 512, {@code description} up to 15000, {@code responders} objects
 * of type team, user, escalation or schedule with a name or id, {@code priority} P1..P5) and {@code
 * POST /v2/alerts/{alias}/acknowledge|close?identifierType=alias}, each with {@code Authorization:
 * GenieKey KEY}. Answers {@code 202 {"result":"Request will be processed",...}}, {@code 401} for a
 * wrong key and {@code 422} with Opsgenie's error body for a bad request. Keeps one open alert per
 * alias: a create for an open alias only counts.
 */
public final class OpsgenieLoopback extends LoopbackProvider {

  /** The state of one alert. */
  public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    CLOSED
  }

  private static final Pattern ACTION = Pattern.compile("/v2/alerts/([^/]+)/(acknowledge|close)");
  private static final Set<String> RESPONDER_TYPES =
      Set.of("team", "user", "escalation", "schedule");
  private static final Set<String> PRIORITIES = Set.of("P1", "P2", "P3", "P4", "P5");

  private final String apiKey;
  private final Map<String, AlertStatus> alerts = new LinkedHashMap<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  public OpsgenieLoopback(Clock clock, String apiKey) {
    super(clock);
    this.apiKey = apiKey;
  }

  public synchronized Optional<AlertStatus> alert(String alias) {
    return Optional.ofNullable(alerts.get(alias));
  }

  /** How many creates an alias received (Opsgenie's count of a deduplicated alert). */
  public synchronized int count(String alias) {
    return counts.getOrDefault(alias, 0);
  }

  @Override
  protected Answer answer(Request request, JsonNode body) {
    if (!("GenieKey " + apiKey).equals(request.header("Authorization"))) {
      return error(401, "Could not authenticate");
    }
    if (!request.method().equals("POST")) {
      return error(405, "Method not allowed");
    }
    if (request.path().equals("/v2/alerts")) {
      return create(request, body);
    }
    Matcher action = ACTION.matcher(request.path());
    if (action.matches()) {
      return act(request, body, action.group(1), action.group(2));
    }
    return error(404, "Not found");
  }

  private Answer create(Request request, JsonNode body) {
    if (!isJson(request) || body == null || !body.isObject()) {
      return error(422, "Request body is not processable. Please check the errors.");
    }
    String message = text(body, "message");
    if (message == null || message.isBlank()) {
      return invalid("message", "Message can not be empty.");
    }
    if (message.length() > 130) {
      return invalid("message", "Message can not be longer than 130 characters.");
    }
    String alias = text(body, "alias");
    if (alias != null && alias.length() > 512) {
      return invalid("alias", "Alias can not be longer than 512 characters.");
    }
    String description = text(body, "description");
    if (description != null && description.length() > 15_000) {
      return invalid("description", "Description can not be longer than 15000 characters.");
    }
    String priority = text(body, "priority");
    if (priority != null && !PRIORITIES.contains(priority)) {
      return invalid("priority", "Priority should be one of [P1, P2, P3, P4, P5]");
    }
    JsonNode responders = body.get("responders");
    if (responders != null) {
      if (!responders.isArray()) {
        return invalid("responders", "Responders must be a list.");
      }
      for (JsonNode responder : responders) {
        String type = text(responder, "type");
        boolean named =
            text(responder, "name") != null
                || text(responder, "id") != null
                || text(responder, "username") != null;
        if (type == null || !RESPONDER_TYPES.contains(type) || !named) {
          return invalid("responders", "Responder type or identifier is invalid.");
        }
      }
    }
    remember(alias == null ? message : alias);
    return processing();
  }

  private synchronized void remember(String alias) {
    counts.merge(alias, 1, Integer::sum);
    AlertStatus now = alerts.get(alias);
    if (now == null || now == AlertStatus.CLOSED) {
      alerts.put(alias, AlertStatus.OPEN);
    }
  }

  private Answer act(Request request, JsonNode body, String identifier, String verb) {
    if (!"identifierType=alias".equals(request.query())) {
      return error(404, "Alert with id [" + identifier + "] does not exist");
    }
    if (body != null
        && (!body.isObject()
            || tooLong(body, "note", 25_000)
            || tooLong(body, "source", 100)
            || tooLong(body, "user", 100))) {
      return invalid("note", "Note, source or user is too long.");
    }
    synchronized (this) {
      AlertStatus now = alerts.get(identifier);
      if (now != null && now != AlertStatus.CLOSED) {
        alerts.put(
            identifier, verb.equals("close") ? AlertStatus.CLOSED : AlertStatus.ACKNOWLEDGED);
      }
    }
    return processing();
  }

  private static boolean tooLong(JsonNode body, String field, int limit) {
    String value = text(body, field);
    return value != null && value.length() > limit;
  }

  private static Answer processing() {
    return Answer.of(
        202,
        "{\"result\":\"Request will be processed\",\"took\":0.01,\"requestId\":\""
            + UUID.randomUUID()
            + "\"}");
  }

  private static Answer invalid(String field, String why) {
    return Answer.of(
        422,
        "{\"message\":\"Request body is not processable. Please check the errors.\",\"errors\":{"
            + JSON.valueToTree(field)
            + ":"
            + JSON.valueToTree(why)
            + "},\"took\":0.01,\"requestId\":\""
            + UUID.randomUUID()
            + "\"}");
  }

  private static Answer error(int status, String message) {
    return Answer.of(
        status,
        "{\"message\":"
            + JSON.valueToTree(message)
            + ",\"took\":0.0,\"requestId\":\""
            + UUID.randomUUID()
            + "\"}");
  }
}
