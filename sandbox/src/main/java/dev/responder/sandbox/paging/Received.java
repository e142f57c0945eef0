package dev.responder.sandbox.paging;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * One request a loopback provider received: when, where, its headers (first values, lower-case
 * names), its parsed body, and the status it was answered with.
 */
public record Received(
    Instant at,
    String method,
    String path,
    Map<String, String> headers,
    JsonNode body,
    int status) {

  public Received {
    headers = Map.copyOf(headers);
  }
}
