package dev.responder.console.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Actions waiting for a person: each with its plan, evidence and expiry countdown, and approve or
 * reject. The operator API decides whether this person may; a refusal is shown with its reason.
 */
final class ApprovalPages {

  private final Templates templates;
  private final Guard guard;
  private final OperatorApi api;

  ApprovalPages(Templates templates, Guard guard, OperatorApi api) {
    this.templates = templates;
    this.guard = guard;
    this.api = api;
  }

  void routes(Router router) {
    router
        .get("/console/approvals", guard.signedIn(this::list))
        .post("/console/approvals/(approve|reject)", guard.change(this::decide));
  }

  private void list(Exchange exchange, Session session, Operator operator) {
    ApiAnswer answer = api.get(operator, "/v1/approvals");
    Map<String, Object> model = Views.model(session, operator, "approvals");
    model.put("approvals", answer.ok() ? ApprovalView.of(answer.body()) : List.of());
    model.put("error", answer.ok() ? "" : "The operator API refused the list: " + answer.refusal());
    exchange.html(200, templates.render("approvals", model));
  }

  private void decide(Exchange exchange, Session session, Operator operator) {
    String decision = exchange.pathParameter(0);
    String key = Optional.ofNullable(exchange.form("key")).orElse("");
    String comment = Optional.ofNullable(exchange.form("comment")).orElse("");
    ApiAnswer answer =
        api.post(
            operator,
            "/v1/approvals/" + OperatorApi.keyPath(key) + "/" + decision,
            ConsoleJson.MAPPER.createObjectNode().put("comment", comment));
    session.flash(
        answer.ok()
            ? (decision.equals("approve") ? "Approved: " : "Rejected: ") + key
            : "Refused: " + answer.refusal());
    exchange.redirect("/console/approvals");
  }
}
