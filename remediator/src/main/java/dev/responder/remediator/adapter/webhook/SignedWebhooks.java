package dev.responder.remediator.adapter.webhook;

import dev.responder.remediator.adapter.delivery.HttpExchange;
import dev.responder.remediator.adapter.delivery.Json;
import dev.responder.remediator.paging.Attempt;
import dev.responder.remediator.paging.Delivery;
import dev.responder.remediator.paging.Notice;
import dev.responder.remediator.port.Deliverer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link Deliverer} for {@code webhook:NAME} contacts: posts the notice as JSON to NAME's URL with
 * {@code X-Responder-Timestamp} (Unix seconds), {@code X-Responder-Signature: v1=HEX} where HEX is
 * HMAC-SHA256 with NAME's secret over {@code TIMESTAMP + "." + BODY}, and {@code Idempotency-Key},
 * the same on every retry. A receiver recomputes the signature, refuses an old timestamp (replay)
 * and drops a key it has seen.
 */
public final class SignedWebhooks implements Deliverer {

  /** Where one named webhook posts and the secret it signs with. */
  public record Endpoint(URI url, byte[] secret) {}

  private final HttpExchange http;
  private final Map<String, Endpoint> endpoints;
  private final Clock clock;

  public SignedWebhooks(HttpExchange http, Map<String, Endpoint> endpoints, Clock clock) {
    this.http = http;
    this.endpoints = Map.copyOf(endpoints);
    this.clock = clock;
  }

  @Override
  public Attempt deliver(Delivery delivery) {
    String name = delivery.contact().address();
    Endpoint endpoint = endpoints.get(name);
    if (endpoint == null) {
      return new Attempt.Refused("no webhook configured for webhook:" + name);
    }
    String body = Json.write(body(delivery));
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Responder-Timestamp", timestamp);
    headers.put("X-Responder-Signature", "v1=" + sign(endpoint.secret(), timestamp, body));
    headers.put("Idempotency-Key", delivery.idempotencyKey());
    return http.post(endpoint.url(), headers, body, "webhook " + name);
  }

  /** HMAC-SHA256 of {@code timestamp + "." + body} with {@code secret}, as lower-case hex. */
  public static String sign(byte[] secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static Map<String, Object> body(Delivery delivery) {
    Notice notice = delivery.notice();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", delivery.idempotencyKey());
    body.put("incidentId", notice.incidentId());
    body.put("move", notice.move().name());
    body.put("update", notice.update().name());
    body.put("severity", notice.severity());
    body.put("summary", notice.summary());
    body.put("details", notice.details());
    return body;
  }
}
