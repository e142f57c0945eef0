package dev.responder.console.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * What the operator API answered: the status and the JSON body ({@link MissingNode} when there was
 * none). A refusal carries the API's {@code reason} and {@code message}.
 */
public record ApiAnswer(int status, JsonNode body) {

  /** The answer of an API that could not be reached. */
  static ApiAnswer unreachable(String why) {
    return new ApiAnswer(
        503,
        ConsoleJson.MAPPER
            .createObjectNode()
            .put("reason", "OPERATOR_API_UNREACHABLE")
            .put("message", "the operator API did not answer: " + why));
  }

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** The API's reason for a refusal, e.g. {@code NOT_AN_APPROVER}. */
  public String reason() {
    return body.path("reason").asText("HTTP_" + status);
  }

  /** The API's message for a refusal, or the status when it gave none. */
  public String message() {
    return body.path("message").asText("the operator API answered " + status);
  }

  /** A one-line account for a person: what was refused and why. */
  public String refusal() {
    return message() + " (" + reason() + ")";
  }
}
