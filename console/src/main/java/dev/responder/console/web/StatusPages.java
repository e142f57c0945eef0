package dev.responder.console.web;

import dev.responder.console.history.HistoryStore;
import dev.responder.console.history.IncidentSummary;
import dev.responder.console.status.StatusBoard;
import dev.responder.console.status.StatusFeeds;
import dev.responder.console.status.StatusReport;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;

/**
 * The public status page (no sign-in): HTML usable without script and readable on a phone, the same
 * as Statuspage-shaped JSON and as an Atom feed. Each request reads the projection, so the page
 * changes as soon as the projection has the incident's change.
 */
final class StatusPages {

  /** PostgreSQL's undefined table and undefined schema. */
  private static final Set<String> NOT_PROJECTED_YET = Set.of("42P01", "3F000");

  private final Templates templates;
  private final HistoryStore history;
  private final StatusBoard board;
  private final Clock clock;
  private final Optional<String> publicUrl;

  StatusPages(
      Templates templates,
      HistoryStore history,
      StatusBoard board,
      Clock clock,
      Optional<String> publicUrl) {
    this.templates = templates;
    this.history = history;
    this.board = board;
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  void routes(Router router) {
    router
        .get("/", exchange -> exchange.redirect("/status"))
        .get("/status", this::page)
        .get("/status\\.json|/api/v2/summary\\.json", this::json)
        .get("/status\\.atom", this::atom);
  }

  private void page(Exchange exchange) throws SQLException {
    StatusReport report = report();
    exchange.response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    exchange.html(200, templates.render("status", Map.of("report", report)));
  }

  private void json(Exchange exchange) throws SQLException {
    exchange.response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    exchange.response.getHeaders().put("Access-Control-Allow-Origin", "*");
    exchange.send(
        200, "application/json; charset=utf-8", StatusFeeds.json(report(), pageUrl(exchange)));
  }

  private void atom(Exchange exchange) throws SQLException {
    exchange.response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    exchange.send(
        200, "application/atom+xml; charset=utf-8", StatusFeeds.atom(report(), pageUrl(exchange)));
  }

  StatusReport report() throws SQLException {
    var now = clock.instant();
    List<IncidentSummary> incidents;
    try {
      incidents = history.detectedSinceOrOpen(now.minus(StatusBoard.HISTORY));
    } catch (SQLException e) {
      if (!NOT_PROJECTED_YET.contains(e.getSQLState())) {
        throw e;
      }
      // Before the projection's first run creates its tables nothing has been recorded yet.
      incidents = List.of();
    }
    return board.report(incidents, now);
  }

  private String pageUrl(Exchange exchange) {
    return publicUrl.orElseGet(
        () -> {
          var uri = exchange.request.getHttpURI();
          return uri.getScheme() + "://" + uri.getAuthority() + "/status";
        });
  }
}
