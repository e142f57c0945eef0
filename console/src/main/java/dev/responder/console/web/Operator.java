package dev.responder.console.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A signed-in person as the operator API knows them, with the credentials the console presents on
 * their behalf. The credentials stay in the server-side session and never reach the browser; {@code
 * toString} leaves them out.
 */
public record Operator(String user, String role, String authorization) {

  /** The roles in increasing power, as the operator API orders them. */
  static final List<String> ROLES = List.of("viewer", "responder", "approver", "admin");

  public Operator {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(authorization, "authorization");
  }

  /** The {@code Authorization} header value for HTTP Basic credentials. */
  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the role is at least {@code needed}; the API decides for real, this only hides. */
  public boolean atLeast(String needed) {
    return ROLES.indexOf(role) >= ROLES.indexOf(needed);
  }

  @Override
  public String toString() {
    return "Operator[" + user + " as " + role + "]";
  }
}
