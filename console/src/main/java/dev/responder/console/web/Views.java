package dev.responder.console.web;

import java.util.HashMap;
import java.util.Map;

/** What every console page's template is given: who is signed in, the CSRF token, the notice. */
final class Views {

  private Views() {}

  /** The base model of a signed-in page; {@code notice} is the session's one-time message. */
  static Map<String, Object> model(Session session, Operator operator, String page) {
    Map<String, Object> model = new HashMap<>();
    model.put("operator", operator);
    model.put("csrf", session.csrf());
    model.put("page", page);
    String notice = session.takeFlash();
    model.put("notice", notice == null ? "" : notice);
    return model;
  }
}
