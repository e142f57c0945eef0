package dev.responder.operator.domain;

/**
 * Why a request was refused: the HTTP status, a stable machine-readable {@code reason} and a
 * message a person can act on. Nothing of a refused request reaches Kafka.
 */
public record Refusal(int status, String reason, String message) {

  static Refusal badRequest(String reason, String message) {
    return new Refusal(400, reason, message);
  }

  static Refusal forbidden(String reason, String message) {
    return new Refusal(403, reason, message);
  }

  static Refusal notFound(String reason, String message) {
    return new Refusal(404, reason, message);
  }

  static Refusal conflict(String reason, String message) {
    return new Refusal(409, reason, message);
  }
}
