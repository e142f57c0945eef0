package dev.responder.console.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in and out. The form's credentials go to the operator API's {@code /v1/whoami}; when it
 * accepts them, a new session holds them server-side (the browser only ever gets the session id)
 * and the anonymous session that carried the form ends.
 */
final class LoginPages {

  private final Templates templates;
  private final Sessions sessions;
  private final Guard guard;
  private final OperatorApi api;

  LoginPages(Templates templates, Sessions sessions, Guard guard, OperatorApi api) {
    this.templates = templates;
    this.sessions = sessions;
    this.guard = guard;
    this.api = api;
  }

  void routes(Router router) {
    router
        .get("/console/login", this::form)
        .post("/console/login", this::signIn)
        .post(
            "/console/logout",
            guard.change(
                (exchange, session, operator) -> {
                  sessions.close(session);
                  exchange.redirect("/status");
                }));
  }

  private void form(Exchange exchange) {
    Session session = guard.session(exchange).orElseGet(() -> sessions.open(Optional.empty()));
    exchange.setSessionCookie(session.id(), exchange.secure());
    exchange.html(200, page(session, ""));
  }

  private void signIn(Exchange exchange) {
    Optional<Session> anonymous = guard.session(exchange);
    if (anonymous.isEmpty() || !anonymous.get().acceptsCsrf(exchange.form("csrf"))) {
      exchange.send(
          403, "text/plain; charset=utf-8", "refused: reload the sign-in page and try again");
      return;
    }
    String user = exchange.form("user");
    String password = exchange.form("password");
    Optional<Operator> operator =
        user == null || user.isBlank() || password == null
            ? Optional.empty()
            : api.whoami(user.strip(), password);
    if (operator.isEmpty()) {
      exchange.html(
          401, page(anonymous.get(), "The operator API did not accept these credentials."));
      return;
    }
    sessions.close(anonymous.get());
    Session session = sessions.open(operator);
    exchange.setSessionCookie(session.id(), exchange.secure());
    exchange.redirect("/console/incidents");
  }

  private String page(Session session, String error) {
    Map<String, Object> model = new HashMap<>();
    model.put("csrf", session.csrf());
    model.put("error", error);
    return templates.render("login", model);
  }
}
