package dev.responder.operator.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.responder.operator.auth.Principal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * One authenticated request as a route sees it: who asks, the path's variable parts, the query and
 * the JSON body (an empty object when there was none).
 */
record Call(Principal who, List<String> path, Map<String, String> query, JsonNode body) {

  String text(String field) {
    JsonNode node = body.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }

  Integer integer(String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber()) {
      throw new BadField(field + " must be a whole number, was " + node);
    }
    return node.asInt();
  }

  Instant instant(String field) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadField(
          field + " must be an ISO-8601 instant such as 2026-12-03T17:00:00Z, was " + text);
    }
  }

  /** A field of the body that cannot be read as its type: answered 400 invalid_field. */
  static final class BadField extends RuntimeException {
    BadField(String message) {
      super(message);
    }
  }
}
