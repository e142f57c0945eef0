package dev.responder.sandbox.paging;

import java.util.Map;

/** An HTTP answer a loopback provider gives: status, headers and body. */
public record Answer(int status, Map<String, String> headers, String body) {

  public Answer {
    headers = Map.copyOf(headers);
  }

  public static Answer of(int status, String body) {
    return new Answer(status, Map.of(), body);
  }

  /** A 429 with {@code Retry-After: seconds}. */
  public static Answer tooManyRequests(long retryAfterSeconds, String body) {
    return new Answer(429, Map.of("Retry-After", Long.toString(retryAfterSeconds)), body);
  }
}
