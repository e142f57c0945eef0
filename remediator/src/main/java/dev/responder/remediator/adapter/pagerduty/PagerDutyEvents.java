package dev.responder.remediator.adapter.pagerduty;

import dev.responder.remediator.adapter.delivery.HttpExchange;
import dev.responder.remediator.adapter.delivery.Json;
import dev.responder.remediator.paging.Attempt;
import dev.responder.remediator.paging.Delivery;
import dev.responder.remediator.paging.Move;
import dev.responder.remediator.paging.Notice;
import dev.responder.remediator.port.Deliverer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link Deliverer} for {@code pager:NAME} contacts: one Events API v2 event to {@code /v2/enqueue}
 * with the routing key configured for NAME. The {@code dedup_key} is the incident id, so PagerDuty
 * holds one alert per incident and service however often it is triggered, and the acknowledge and
 * resolve that follow (sent with the same routing key, as PagerDuty requires) find it.
 */
public final class PagerDutyEvents implements Deliverer {

  /** PagerDuty's own endpoint. */
  public static final URI ENQUEUE = URI.create("https://events.pagerduty.com/v2/enqueue");

  private static final int SUMMARY_LIMIT = 1024;

  private final HttpExchange http;
  private final URI enqueue;
  private final Map<String, String> routingKeys;

  /**
   * @param routingKeys the integration key of each pager contact, by its name
   */
  public PagerDutyEvents(HttpExchange http, URI enqueue, Map<String, String> routingKeys) {
    this.http = http;
    this.enqueue = enqueue;
    this.routingKeys = Map.copyOf(routingKeys);
  }

  @Override
  public Attempt deliver(Delivery delivery) {
    String name = delivery.contact().address();
    String routingKey = routingKeys.get(name);
    if (routingKey == null) {
      return new Attempt.Refused("no PagerDuty routing key configured for pager:" + name);
    }
    return http.post(
        enqueue, Map.of(), Json.write(event(routingKey, delivery.notice())), "PagerDuty");
  }

  private static Map<String, Object> event(String routingKey, Notice notice) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("routing_key", routingKey);
    event.put("event_action", action(notice.move()));
    event.put("dedup_key", notice.incidentId());
    if (notice.move() == Move.TRIGGER || notice.move() == Move.POST) {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("summary", Json.cut(notice.summary(), SUMMARY_LIMIT));
      payload.put("source", "responder");
      payload.put("severity", severity(notice.severity()));
      payload.put("class", notice.update().name());
      payload.put(
          "custom_details", Map.of("incident", notice.incidentId(), "details", notice.details()));
      event.put("payload", payload);
      event.put("client", "Responder");
    }
    return event;
  }

  private static String action(Move move) {
    return switch (move) {
      case ACKNOWLEDGE -> "acknowledge";
      case RESOLVE -> "resolve";
      case TRIGGER, POST -> "trigger";
    };
  }

  /** PagerDuty's four severities: a P1 is critical, a P4 (or an unknown) informational. */
  static String severity(String severity) {
    return switch (severity) {
      case "P1" -> "critical";
      case "P2" -> "error";
      case "P3" -> "warning";
      default -> "info";
    };
  }
}
