package dev.responder.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responder.ingest.payload.DeadLetter;
import dev.responder.ingest.payload.ParseOutcome;
import dev.responder.ingest.payload.Problem;
import dev.responder.ingest.payload.SenderText;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes the JSON answers with their status; the one place response bodies are shaped. Every text a
 * sender wrote that an answer repeats (messages, pointers) is printable and cut to length first.
 */
final class JsonAnswers {

  /** How many dead letters an answer describes one by one; the count covers all. */
  static final int DEAD_LETTERS_LISTED = 20;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonAnswers() {}

  /** 200: every alert stored or dead-lettered, with the count of each. */
  static void accepted(
      Response response, String requestId, ParseOutcome.Accepted accepted, Callback callback) {
    Map<String, Object> body = new LinkedHashMap<>();
    int deadLettered = accepted.deadLetters().size();
    body.put("status", deadLettered == 0 ? "accepted" : "partially_accepted");
    body.put("alerts", accepted.alerts().size());
    body.put("accepted", accepted.alerts().size());
    body.put("deadLettered", deadLettered);
    if (deadLettered > 0) {
      List<Map<String, Object>> listed = new ArrayList<>();
      for (DeadLetter letter : accepted.deadLetters()) {
        if (listed.size() == DEAD_LETTERS_LISTED) {
          break;
        }
        Map<String, Object> described = describe(letter.problem());
        described.put("alert", SenderText.printable(letter.element(), 40));
        listed.add(described);
      }
      body.put("deadLetters", listed);
      body.put("deadLetterTopic", "responder.alerts.dlq.v1");
    }
    body.put("requestId", requestId);
    write(response, HttpStatus.OK_200, body, callback);
  }

  /** 503: nothing may be taken as stored; the sender retries the whole request. */
  static void unavailable(Response response, String requestId, String reason, Callback callback) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", "alerts could not be stored in Kafka; retry later");
    body.put("reason", reason);
    body.put("requestId", requestId);
    write(response, HttpStatus.SERVICE_UNAVAILABLE_503, body, callback);
  }

  /** 4xx: the request as a whole is refused, nothing of it written. */
  static void refused(Response response, String requestId, Problem problem, Callback callback) {
    Map<String, Object> body = describe(problem);
    body.put("requestId", requestId);
    write(response, problem.rejection().httpStatus(), body, callback);
  }

  private static Map<String, Object> describe(Problem problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", problem.message());
    body.put("reason", problem.rejection().code());
    body.put("pointer", problem.printablePointer());
    return body;
  }

  private static void write(
      Response response, int status, Map<String, Object> body, Callback callback) {
    byte[] bytes;
    try {
      bytes = MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      callback.failed(e);
      return;
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }
}
