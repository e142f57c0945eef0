package dev.responder.sandbox.crm;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The team chat's incoming webhook (Slack-compatible: a JSON body per message), so that
 * notifications sent in local mode land somewhere a test or the demo can read. Keeps the newest
 * {@value #CAPACITY} messages, as received, and answers 200 like Slack does; bodies over 64 KiB are
 * refused with 413.
 */
final class NotificationInbox {

  static final int CAPACITY = 1000;
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private final Clock clock;
  private final Deque<ReceivedNotification> received = new ArrayDeque<>();

  NotificationInbox(Clock clock) {
    this.clock = clock;
  }

  void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        PlatformHttpServer.answer(exchange, 405, "{\"ok\":false,\"error\":\"method_not_allowed\"}");
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY_BYTES + 1);
      }
      if (body.length > MAX_BODY_BYTES) {
        PlatformHttpServer.answer(exchange, 413, "{\"ok\":false,\"error\":\"too_large\"}");
        return;
      }
      keep(new ReceivedNotification(clock.instant(), new String(body, StandardCharsets.UTF_8)));
      PlatformHttpServer.answer(exchange, 200, "{\"ok\":true}");
    }
  }

  private synchronized void keep(ReceivedNotification notification) {
    received.addLast(notification);
    while (received.size() > CAPACITY) {
      received.removeFirst();
    }
  }

  /** What was received, oldest first. */
  synchronized List<ReceivedNotification> received() {
    return List.copyOf(received);
  }
}
