package dev.responder.console.web;

import dev.responder.console.history.AuditEntry;
import dev.responder.console.history.EntryKind;
import dev.responder.console.history.HistoryStore;
import dev.responder.console.history.IncidentSummary;
import dev.responder.console.history.StatusFilter;
import dev.responder.console.history.Timeline;
import dev.responder.console.history.TimelineEntry;
import dev.responder.console.report.PostIncidentReport;
import dev.responder.console.report.ReportInput;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.Catalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The incidents list (filtered by status, severity and runbook) and each incident's page: its
 * alerts, checks with their evidence, actions and outcomes, pages sent, the whole timeline, the
 * buttons that send commands through the operator API, and the post-incident report.
 */
final class IncidentPages {

  private static final String ID = "/console/incidents/([A-Za-z0-9._-]+)";
  private static final Set<EntryKind> ACTIONS = Set.of(EntryKind.ACTION, EntryKind.VERIFICATION);
  private static final Set<EntryKind> PAGES = Set.of(EntryKind.NOTIFICATION, EntryKind.ESCALATION);

  private final Templates templates;
  private final HistoryStore history;
  private final Guard guard;
  private final OperatorApi api;
  private final Supplier<Catalog> catalog;

  IncidentPages(
      Templates templates,
      HistoryStore history,
      Guard guard,
      OperatorApi api,
      Supplier<Catalog> catalog) {
    this.templates = templates;
    this.history = history;
    this.guard = guard;
    this.api = api;
    this.catalog = catalog;
  }

  void routes(Router router) {
    router
        .get("/console/?", exchange -> exchange.redirect("/console/incidents"))
        .get("/console/incidents", guard.signedIn(this::list))
        .get(ID, guard.signedIn(this::incident))
        .get(ID + "/report", guard.signedIn(this::report))
        .post(ID + "/(ack|resolve|comment|assign)", guard.change(this::command));
  }

  private void list(Exchange exchange, Session session, Operator operator) throws Exception {
    String status = Optional.ofNullable(exchange.query("status")).orElse("open");
    String severity = Optional.ofNullable(exchange.query("severity")).orElse("");
    String runbook = Optional.ofNullable(exchange.query("runbook")).orElse("");
    List<IncidentSummary> incidents =
        history.incidents(filter(status)).stream()
            .filter(i -> severity.isEmpty() || i.severity().equals(severity))
            .filter(i -> runbook.isEmpty() || i.runbookId().equals(runbook))
            .toList();
    Map<String, Object> model = Views.model(session, operator, "incidents");
    model.put("incidents", incidents);
    model.put("status", status);
    model.put("severity", severity);
    model.put("runbook", runbook);
    model.put("runbooks", catalog.get().runbooks().stream().map(r -> r.id()).toList());
    model.put("severities", List.of("P1", "P2", "P3", "P4"));
    exchange.html(200, templates.render("incidents", model));
  }

  private static StatusFilter filter(String status) {
    return switch (status) {
      case "resolved" -> StatusFilter.RESOLVED;
      case "all" -> StatusFilter.ALL;
      default -> StatusFilter.OPEN;
    };
  }

  private void incident(Exchange exchange, Session session, Operator operator) throws Exception {
    String id = exchange.pathParameter(0);
    Optional<IncidentSummary> incident = history.incident(id);
    if (incident.isEmpty()) {
      exchange.send(404, "text/plain; charset=utf-8", "no incident " + id + " in the projection");
      return;
    }
    List<AuditEntry> records = history.records(id);
    List<TimelineEntry> timeline = Timeline.of(records);
    Map<String, Object> model = Views.model(session, operator, "incidents");
    model.put("incident", incident.get());
    model.put("alerts", AlertView.of(records));
    model.put("checks", kinds(timeline, Set.of(EntryKind.CHECK)));
    model.put("actions", kinds(timeline, ACTIONS));
    model.put("pages", kinds(timeline, PAGES));
    model.put("timeline", timeline);
    model.put("open", !incident.get().status().equals("RESOLVED"));
    exchange.html(200, templates.render("incident", model));
  }

  private static List<TimelineEntry> kinds(List<TimelineEntry> timeline, Set<EntryKind> kinds) {
    return timeline.stream().filter(e -> kinds.contains(e.kind())).toList();
  }

  private void report(Exchange exchange, Session session, Operator operator) throws Exception {
    String id = exchange.pathParameter(0);
    Optional<IncidentSummary> incident = history.incident(id);
    if (incident.isEmpty()) {
      exchange.send(404, "text/plain; charset=utf-8", "no incident " + id + " in the projection");
      return;
    }
    Catalog known = catalog.get();
    String markdown =
        PostIncidentReport.markdown(
            new ReportInput(
                incident.get(),
                Timeline.of(history.records(id)),
                known.runbook(incident.get().runbookId()),
                Optional.of(known.severity(Severity.valueOf(incident.get().severity()))),
                "the console's catalog"));
    Map<String, Object> model = Views.model(session, operator, "incidents");
    model.put("incident", incident.get());
    model.put("markdown", markdown);
    exchange.html(200, templates.render("report", model));
  }

  /** Acknowledge, resolve, comment or assign: one operator API call, its refusal shown as is. */
  private void command(Exchange exchange, Session session, Operator operator) {
    String id = exchange.pathParameter(0);
    String verb = exchange.pathParameter(1);
    var body = ConsoleJson.MAPPER.createObjectNode();
    switch (verb) {
      case "comment" -> body.put("text", Optional.ofNullable(exchange.form("text")).orElse(""));
      case "assign" ->
          body.put("commander", Optional.ofNullable(exchange.form("commander")).orElse(""));
      default -> {}
    }
    ApiAnswer answer =
        api.post(operator, "/v1/incidents/" + OperatorApi.segment(id) + "/" + verb, body);
    session.flash(
        answer.ok()
            ? "Sent: " + verb + " " + id + " (the page shows it once the pipeline has it)."
            : "Refused: " + answer.refusal());
    exchange.redirect("/console/incidents/" + id);
  }
}
