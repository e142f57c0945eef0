package dev.responder.ingest.payload;

import java.time.Instant;
import java.util.Objects;

/** What the receiver knows about a request beyond its body, stamped on every alert it carries. */
public record RequestMeta(String requestId, Instant receivedAt) {

  public RequestMeta {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
