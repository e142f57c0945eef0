package dev.responder.remediator.adapter.slack;

import dev.responder.remediator.adapter.delivery.HttpExchange;
import dev.responder.remediator.adapter.delivery.Json;
import dev.responder.remediator.paging.Attempt;
import dev.responder.remediator.paging.Delivery;
import dev.responder.remediator.paging.Notice;
import dev.responder.remediator.port.Deliverer;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Deliverer} for {@code slack:#CHANNEL} contacts: posts the notice to the incoming webhook
 * configured for that channel. An incoming webhook is bound to its channel when it is created and
 * ignores a {@code channel} field, so none is sent. The message has blocks (the summary in bold,
 * the details, a context line) and {@code text} as the notification fallback.
 */
public final class SlackWebhooks implements Deliverer {

  /** Slack's limit on a section's text. */
  private static final int SECTION_LIMIT = 3000;

  private final HttpExchange http;
  private final Map<String, URI> webhooks;

  /**
   * @param webhooks the incoming webhook of each channel, by channel name ({@code #crm})
   */
  public SlackWebhooks(HttpExchange http, Map<String, URI> webhooks) {
    this.http = http;
    this.webhooks = Map.copyOf(webhooks);
  }

  @Override
  public Attempt deliver(Delivery delivery) {
    String channel = delivery.contact().address();
    URI webhook = webhooks.get(channel);
    if (webhook == null) {
      return new Attempt.Refused("no Slack incoming webhook configured for slack:" + channel);
    }
    return http.post(webhook, Map.of(), Json.write(message(delivery.notice())), "Slack");
  }

  static Map<String, Object> message(Notice notice) {
    List<Object> blocks = new ArrayList<>();
    blocks.add(section("*" + escape(notice.summary()) + "*"));
    if (!notice.details().isEmpty()) {
      blocks.add(section(escape(String.join("\n", notice.details()))));
    }
    String context =
        notice.severity().isEmpty()
            ? notice.incidentId()
            : notice.incidentId() + " · " + notice.severity();
    blocks.add(
        Map.of(
            "type",
            "context",
            "elements",
            List.of(Map.of("type", "mrkdwn", "text", escape(context + " · Responder")))));
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("text", Json.cut(notice.summary(), SECTION_LIMIT));
    message.put("blocks", blocks);
    return message;
  }

  private static Map<String, Object> section(String text) {
    return Map.of(
        "type", "section", "text", Map.of("type", "mrkdwn", "text", Json.cut(text, SECTION_LIMIT)));
  }

  /** Slack's three control characters; everything else a sender writes is shown as written. */
  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
