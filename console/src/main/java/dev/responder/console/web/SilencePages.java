package dev.responder.console.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Silences: the list with an expire button each, and the form to create one (prefilled from an
 * alert's labels when reached from an incident page), with a preview of the open alerts it would
 * match. The operator API parses and validates the matchers; the console only splits lines.
 */
final class SilencePages {

  private final Templates templates;
  private final Guard guard;
  private final OperatorApi api;

  SilencePages(Templates templates, Guard guard, OperatorApi api) {
    this.templates = templates;
    this.guard = guard;
    this.api = api;
  }

  void routes(Router router) {
    router
        .get("/console/silences", guard.signedIn(this::list))
        .post("/console/silences", guard.change(this::create))
        .post("/console/silences/preview", guard.change(this::preview))
        .post("/console/silences/expire", guard.change(this::expire));
  }

  private void list(Exchange exchange, Session session, Operator operator) {
    Form form = new Form(Optional.ofNullable(exchange.query("matchers")).orElse(""), "60", "");
    exchange.html(200, page(session, operator, form, null));
  }

  private void create(Exchange exchange, Session session, Operator operator) {
    Form form = Form.of(exchange);
    ApiAnswer answer = api.post(operator, "/v1/silences", form.body());
    if (answer.ok()) {
      session.flash("Silence created: " + answer.body().path("id").asText("accepted"));
      exchange.redirect("/console/silences");
      return;
    }
    session.flash("Refused: " + answer.refusal());
    exchange.html(200, page(session, operator, form, null));
  }

  private void preview(Exchange exchange, Session session, Operator operator) {
    Form form = Form.of(exchange);
    ApiAnswer answer = api.post(operator, "/v1/silences/preview", form.body());
    if (!answer.ok()) {
      session.flash("Refused: " + answer.refusal());
    }
    exchange.html(200, page(session, operator, form, answer.ok() ? answer.body() : null));
  }

  private void expire(Exchange exchange, Session session, Operator operator) {
    String id = Optional.ofNullable(exchange.form("id")).orElse("");
    ApiAnswer answer = api.delete(operator, "/v1/silences/" + OperatorApi.segment(id));
    session.flash(answer.ok() ? "Silence " + id + " expired." : "Refused: " + answer.refusal());
    exchange.redirect("/console/silences");
  }

  private String page(Session session, Operator operator, Form form, JsonNode preview) {
    ApiAnswer silences = api.get(operator, "/v1/silences");
    Map<String, Object> model = Views.model(session, operator, "silences");
    model.put("form", form);
    model.put("silences", silences.ok() ? items(silences.body(), "silences") : List.of());
    model.put(
        "error", silences.ok() ? "" : "The operator API refused the list: " + silences.refusal());
    model.put("previewed", preview != null);
    model.put("preview", preview == null ? List.of() : items(preview, "incidents"));
    return templates.render("silences", model);
  }

  /** The objects of a list answer, or of the list under {@code field}, each flattened to text. */
  private static List<Item> items(JsonNode answer, String field) {
    JsonNode list = answer.isArray() ? answer : answer.path(field);
    List<Item> items = new ArrayList<>();
    list.forEach(item -> items.add(new Item(item.path("id").asText(""), ApprovalView.flat(item))));
    return items;
  }

  /** A silence or a previewed alert: its id (empty when it has none) and its fields as text. */
  record Item(String id, Map<String, String> fields) {}

  /** The create form as typed: matchers one per line, a duration in minutes, a comment. */
  record Form(String matchers, String durationMinutes, String comment) {

    static Form of(Exchange exchange) {
      return new Form(
          Optional.ofNullable(exchange.form("matchers")).orElse(""),
          Optional.ofNullable(exchange.form("durationMinutes")).orElse(""),
          Optional.ofNullable(exchange.form("comment")).orElse(""));
    }

    ObjectNode body() {
      ObjectNode body = ConsoleJson.MAPPER.createObjectNode();
      // One selector in Alertmanager's syntax, as the API reads it: {a="b", c=~"d"}.
      body.put(
          "matchers",
          Arrays.stream(matchers.split("\\R"))
              .map(String::strip)
              .filter(line -> !line.isEmpty())
              .collect(Collectors.joining(", ", "{", "}")));
      try {
        body.put("durationMinutes", Integer.parseInt(durationMinutes.strip()));
      } catch (NumberFormatException e) {
        body.put("durationMinutes", durationMinutes);
      }
      body.put("comment", comment);
      return body;
    }
  }
}
