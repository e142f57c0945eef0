package dev.responder.operator.http;

import dev.responder.operator.domain.Refusal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response to write: a status and a body that Jackson turns into JSON. */
record Answer(int status, Object body) {

  static Answer ok(Object body) {
    return new Answer(200, body);
  }

  static Answer refused(Refusal refusal) {
    return error(refusal.status(), refusal.reason(), refusal.message());
  }

  static Answer error(int status, String reason, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reason", reason);
    body.put("message", message);
    return new Answer(status, body);
  }
}
