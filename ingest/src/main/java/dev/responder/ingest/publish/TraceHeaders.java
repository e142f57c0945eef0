package dev.responder.ingest.publish;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What links a stored alert back to the request that carried it: the request id, and the W3C {@code
 * traceparent} when the sender sent a well-formed one (a malformed one is dropped, as the Trace
 * Context spec asks).
 */
public record TraceHeaders(String requestId, String traceparent) {

  private static final Pattern TRACEPARENT =
      Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

  public TraceHeaders {
    Objects.requireNonNull(requestId, "requestId");
    if (traceparent != null && !TRACEPARENT.matcher(traceparent).matches()) {
      traceparent = null;
    }
  }
}
