package dev.responder.remediator.adapter.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.responder.remediator.adapter.delivery.HttpExchange;
import dev.responder.remediator.paging.Attempt;
import dev.responder.remediator.paging.Contact;
import dev.responder.remediator.paging.Delivery;
import dev.responder.remediator.paging.Move;
import dev.responder.remediator.paging.Notice;
import dev.responder.remediator.paging.Update;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A receiver that checks the signature as docs/paging.md tells receivers to. */
class SignedWebhooksTest {

  private static final byte[] SECRET = "s3cret".getBytes(StandardCharsets.UTF_8);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneOffset.UTC);

  private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
  private final HttpServer receiver = receiver();

  @AfterEach
  void stop() {
    receiver.stop(0);
  }

  @Test
  void shouldSignTimestampAndBodySoTheReceiverCanCheckThem() throws Exception {
    SignedWebhooks webhooks = webhooks(SECRET);
    // when the same delivery is sent twice (a retry)
    Attempt first = webhooks.deliver(delivery());
    webhooks.deliver(delivery());
    // then the receiver verified both and saw one idempotency key
    assertThat(first).isInstanceOf(Attempt.Delivered.class);
    assertThat(received).hasSize(2);
    assertThat(received).extracting(r -> r.get("verified")).containsOnly("yes");
    assertThat(received).extracting(r -> r.get("timestamp")).containsOnly("1796266800");
    assertThat(received).extracting(r -> r.get("key")).containsOnly("evt-1|webhook:audit");
  }

  @Test
  void shouldBeRefusedByAReceiverWhenSignedWithAnotherSecret() {
    Attempt attempt = webhooks("other".getBytes(StandardCharsets.UTF_8)).deliver(delivery());
    assertThat(attempt).isInstanceOf(Attempt.Refused.class);
    assertThat(((Attempt.Refused) attempt).why()).contains("401");
  }

  private SignedWebhooks webhooks(byte[] secret) {
    URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    return new SignedWebhooks(
        new HttpExchange(Duration.ofSeconds(5), CLOCK),
        Map.of("audit", new SignedWebhooks.Endpoint(url, secret)),
        CLOCK);
  }

  private static Delivery delivery() {
    return new Delivery(
        Contact.parse("webhook:audit"),
        new Notice("INC-1", Move.POST, Update.RESOLVED, "P1", "resolved", List.of(), "evt-1"),
        0);
  }

  private HttpServer receiver() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/hook",
          exchange -> {
            try (exchange) {
              String body =
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
              String timestamp = exchange.getRequestHeaders().getFirst("X-Responder-Timestamp");
              String signature = exchange.getRequestHeaders().getFirst("X-Responder-Signature");
              boolean verified = ("v1=" + hmac(timestamp + "." + body)).equals(signature);
              received.add(
                  Map.of(
                      "verified",
                      verified ? "yes" : "no",
                      "timestamp",
                      timestamp,
                      "key",
                      exchange.getRequestHeaders().getFirst("Idempotency-Key")));
              exchange.sendResponseHeaders(verified ? 204 : 401, -1);
            }
          });
      server.start();
      return server;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The receiver's own HMAC, computed independently of the sender's. */
  private static String hmac(String signed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
      StringBuilder hex = new StringBuilder();
      for (byte b : mac.doFinal(signed.getBytes(StandardCharsets.UTF_8))) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
