package dev.responder.console.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

/**
 * One browser's server-side session: its CSRF token, and the signed-in operator once the operator
 * API accepted their credentials. Only the session id travels to the browser, in an HttpOnly,
 * SameSite=Strict cookie.
 */
final class Session {

  private final String id;
  private final String csrf;
  private final Optional<Operator> operator;
  private volatile Instant lastSeen;
  private volatile String flash;

  Session(String id, String csrf, Optional<Operator> operator, Instant now) {
    this.id = id;
    this.csrf = csrf;
    this.operator = operator;
    this.lastSeen = now;
  }

  String id() {
    return id;
  }

  String csrf() {
    return csrf;
  }

  Optional<Operator> operator() {
    return operator;
  }

  Instant lastSeen() {
    return lastSeen;
  }

  void seen(Instant now) {
    lastSeen = now;
  }

  /** Keeps a one-time message for the next page this session sees (after a redirect). */
  void flash(String message) {
    flash = message;
  }

  /** The one-time message, once; null when there is none. */
  String takeFlash() {
    String message = flash;
    flash = null;
    return message;
  }

  /** Whether {@code token} is this session's CSRF token (compared in constant time). */
  boolean acceptsCsrf(String token) {
    return token != null
        && MessageDigest.isEqual(
            csrf.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }
}
