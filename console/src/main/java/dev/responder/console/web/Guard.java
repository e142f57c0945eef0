package dev.responder.console.web;

import java.util.Optional;

/**
 * Who may see and change what: pages behind sign-in send a stranger to the sign-in page, and every
 * change (a POST) must carry the session's CSRF token. Which change a person may make is the
 * operator API's decision, not the console's.
 */
final class Guard {

  /** A page for a signed-in operator. */
  @FunctionalInterface
  interface SignedIn {
    void handle(Exchange exchange, Session session, Operator operator) throws Exception;
  }

  private final Sessions sessions;

  Guard(Sessions sessions) {
    this.sessions = sessions;
  }

  Optional<Session> session(Exchange exchange) {
    return exchange.cookie(Sessions.COOKIE).flatMap(sessions::find);
  }

  /** The page, or a redirect to sign in. */
  Router.Action signedIn(SignedIn page) {
    return exchange -> {
      Optional<Session> session = session(exchange).filter(s -> s.operator().isPresent());
      if (session.isEmpty()) {
        exchange.redirect("/console/login");
        return;
      }
      page.handle(exchange, session.get(), session.get().operator().orElseThrow());
    };
  }

  /** A change: signed in, and the form's {@code csrf} field is the session's token (else 403). */
  Router.Action change(SignedIn change) {
    return signedIn(
        (exchange, session, operator) -> {
          if (!session.acceptsCsrf(exchange.form("csrf"))) {
            exchange.send(
                403,
                "text/plain; charset=utf-8",
                "refused: the form's CSRF token is missing or not this session's; reload the page");
            return;
          }
          change.handle(exchange, session, operator);
        });
  }
}
